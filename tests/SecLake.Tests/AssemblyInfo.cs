// Tests that start an emulator or a process run one collection at a time on this 2-core machine.
[assembly: Xunit.CollectionBehavior(MaxParallelThreads = 2)]
