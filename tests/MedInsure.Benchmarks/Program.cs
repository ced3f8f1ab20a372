using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/MedInsure.Benchmarks -- --filter '*'
// Results and the targets they are held to: docs/performance.md
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
