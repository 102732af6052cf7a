using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/SecLake.Microbenchmarks -- --filter '*'   (BenchmarkDotNet's own options;
// --list flat names the benchmarks, --job short for a quick look)
BenchmarkSwitcher.FromAssembly(typeof(SecLake.Microbenchmarks.MarshallingBenchmarks).Assembly).Run(args);
