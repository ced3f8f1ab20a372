// The client side of scripts/reliability.sh's drills: citizens saving cases through the real form
// while the app is killed and restarted, and the check that every acknowledged case survived.
//
//   MedInsure.Drills save   --url http://127.0.0.1:PORT --clients 8 --seconds 30 --codes FILE
//   MedInsure.Drills verify --url http://127.0.0.1:PORT --codes FILE
//
// save appends each acknowledged code to FILE as soon as its redirect arrives (one per line, flushed),
// so a code is on disk before the app can be killed after acknowledging it. verify exits 1 when any
// code's case page is not found.
using System.Globalization;
using MedInsure.Drills;

return args.FirstOrDefault() switch
{
    "save" => await SaveAsync(),
    "verify" => await VerifyAsync(),
    _ => Usage(),
};

async Task<int> SaveAsync()
{
    var url = new Uri(Option("--url"));
    var clients = int.Parse(Option("--clients", "8"), CultureInfo.InvariantCulture);
    var seconds = double.Parse(Option("--seconds", "30"), CultureInfo.InvariantCulture);
    await using var codes = new StreamWriter(Option("--codes"), append: true) { AutoFlush = true };
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var summary = await new CaseSaveLoop(url, clients).RunAsync(code => codes.WriteLine(code), stop.Token);
    Console.WriteLine(summary);
    return summary.Acknowledged > 0 ? 0 : 1;
}

async Task<int> VerifyAsync()
{
    var url = new Uri(Option("--url"));
    var codes = File.ReadAllLines(Option("--codes")).Where(l => l.Length > 0).ToList();
    var missing = await CaseSaveLoop.FindMissingAsync(url, codes);
    foreach (var (code, answer) in missing.Take(20))
        Console.WriteLine($"missing {code}: {answer}");
    Console.WriteLine($"codes={codes.Count} found={codes.Count - missing.Count} missing={missing.Count}");
    return missing.Count == 0 && codes.Count > 0 ? 0 : 1;
}

string Option(string name, string? fallback = null)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1]
        : fallback ?? throw new ArgumentException($"{name} is required");
}

static int Usage()
{
    Console.Error.WriteLine("usage: MedInsure.Drills save --url URL [--clients N] [--seconds S] --codes FILE | verify --url URL --codes FILE");
    return 2;
}
