using MedInsure.Web.Checks;
using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;
using MedInsure.Web.Policies;
using MedInsure.Web.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

var builder = WebApplication.CreateBuilder(args);
builder.AddMedInsureLogging();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDbContext<MedInsureDbContext>(options => options
    .UseSqlite(DatabaseSetup.SqliteConnectionString(builder.Configuration, builder.Environment))
    // Migrations are written by hand with no model snapshot (docs/decisions/0002); a test keeps them in step with the model.
    .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
builder.Services.AddSingleton<PolicySnapshotProvider>();
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddSingleton<CheckInputValidator>();
builder.Services.AddHealthChecks().AddDbContextCheck<MedInsureDbContext>("database");
builder.Services.AddProblemDetails();
builder.Services.AddRazorPages();
builder.Services.AddCitizenPages();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseCitizenLocalization();
app.UseRouting();

app.MapHealthChecks("/healthz");
app.MapRazorPages();

app.Run();

public partial class Program;
