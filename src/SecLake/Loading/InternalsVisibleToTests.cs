// The loader's request rules are unit-tested directly (tests/SecLake.Tests/Isolation).
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("SecLake.Tests")]
