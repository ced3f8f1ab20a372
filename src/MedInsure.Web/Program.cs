using MedInsure.Web.Admin;
using MedInsure.Web.Api;
using MedInsure.Web.Checks;
using MedInsure.Web.Data;
using MedInsure.Web.Identity;
using MedInsure.Web.Infrastructure;
using MedInsure.Web.Policies;
using MedInsure.Web.Staff;
using MedInsure.Web.Ui;

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
builder.Services.AddMedInsureAdmin();
builder.Services.AddMedInsureStaff();
builder.Services.AddHealthChecks()
    .AddCheck<ReadinessHealthCheck>("ready")
    .AddDbContextCheck<MedInsureDbContext>("database", customTestQuery: DatabaseSetup.CanConnectOnceAsync);
builder.Services.AddProblemDetails();
builder.Services.AddCheckApi();
builder.Services.AddRazorPages();
builder.Services.AddCitizenPages();

var app = builder.Build();

if (await Commands.TryRunAsync(app, args) is { } exitCode)
    return exitCode;

app.UseMedInsureRequestLogging();
app.UseMedInsureSecurity();
app.UseMedInsureMetrics();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseCitizenLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapMedInsureHealthChecks();
app.MapCheckApi();
app.MapRazorPages();

app.Run();
return 0;

public partial class Program;
