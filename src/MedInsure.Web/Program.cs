using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Api;
using MedInsure.Web.Contract;
using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;
using MedInsure.Web.Pages;
using MedInsure.Web.Pages.Account;

var builder = WebApplication.CreateBuilder(args);
builder.AddMedInsureLogging();
builder.AddMedInsureSecurity();
builder.AddMedInsureTelemetry();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMedInsureDatabase();
builder.Services.AddSingleton<PolicySnapshotProvider>();
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddSingleton<DatabaseReadiness>();
builder.Services.AddHostedService<DatabaseStartup>();
builder.Services.AddHostedService<PolicySnapshotRefresher>();
builder.Services.AddSingleton<CheckInputValidator>();
builder.AddMedInsureIdentity();
builder.AddMedInsureDataProtection();
builder.Services.AddHealthChecks()
    .AddCheck<ReadinessHealthCheck>("ready")
    .AddDbContextCheck<MedInsureDbContext>("database", customTestQuery: DatabaseSetup.CanConnectOnceAsync);
builder.Services.AddProblemDetails();
builder.Services.AddCheckApi();
builder.Services.AddRazorPages();
builder.Services.AddMedInsureStaticFiles();
builder.Services.AddTexts();
builder.Services.AddPageServices();

var app = builder.Build();

if ((await Commands.TryRunAsync(app, args) ?? await PageCommands.TryRunAsync(app, args)) is { } exitCode)
    return exitCode;
// The policies command lives with the drafts it drives (Pages/Admin/Policies); called from here, not
// from Infrastructure's list, since those pages use Infrastructure (metrics) themselves.
if (PolicyCommands.IsRequested(args))
    return await PolicyCommands.RunFromConsoleAsync(app.Services, args);

// Production refuses to start without its security settings (docs/security.md): the host names, the ID-number key.
HostNames.RequireInProduction(app.Environment, app.Configuration);
_ = app.Services.GetRequiredService<MedInsure.Web.Pages.Case.IdNumberHasher>();

app.UseMedInsureRequestLogging();
app.UseMedInsureSecurity();
app.UseMedInsureMetrics();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMedInsureStaticFiles();
app.UseTexts();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapMedInsureHealthChecks();
app.MapCheckApi();
app.MapRazorPages();

app.Run();
return 0;

public partial class Program;
