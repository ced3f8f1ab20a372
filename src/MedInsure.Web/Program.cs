using MedInsure.Web.Checks;
using MedInsure.Web.Data;
using MedInsure.Web.Infrastructure;
using MedInsure.Web.Policies;

var builder = WebApplication.CreateBuilder(args);
builder.AddMedInsureLogging();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMedInsureDatabase(builder.Configuration, builder.Environment);
builder.Services.AddSingleton<PolicySnapshotProvider>();
builder.Services.AddHostedService<PolicySnapshotRefresher>();
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddSingleton<CheckInputValidator>();
builder.Services.AddHealthChecks().AddDbContextCheck<MedInsureDbContext>("database");
builder.Services.AddProblemDetails();
builder.Services.AddRazorPages();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRouting();

app.MapHealthChecks("/healthz");
app.MapRazorPages();

app.Run();

public partial class Program;
