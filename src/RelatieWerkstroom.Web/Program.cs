using RelatieWerkstroom.Web.AccessLog;
using RelatieWerkstroom.Web.Apis;
using RelatieWerkstroom.Web.Hosting;
using RelatieWerkstroom.Web.Identity;
using RelatieWerkstroom.Web.Problems;
using RelatieWerkstroom.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddWerkstroomSettings();
builder.Services.AddWerkstroomEngine();
builder.Services.AddWerkstroomScheduling(builder.Configuration);
builder.Services.AddWerkstroomReports(builder.Configuration);
builder.Services.AddWerkstroomIdentity();
builder.Services.AddWerkstroomOpenIdConnect(builder.Configuration);
builder.Services.AddWerkstroomAccessLog();
builder.Services.AddWerkstroomForwardedHeaders(builder.Configuration);
builder.Services.AddWerkstroomSecurity();
builder.Services.AddWerkstroomProblems();
builder.Services.AddWerkstroomApi();
builder.Services.AddWerkstroomOpenApi();
builder.Services.AddWerkstroomFrontEnd();

var app = builder.Build();
await app.InitializeWerkstroomAsync();
app.UseWerkstroomForwardedHeaders();
app.UseWerkstroomProblems();
app.UseWerkstroomSecurity();
app.MapWerkstroomApi();
app.MapWerkstroomOpenApi();
app.MapFrontEnd();
app.PrintAddressesAtStart();
await app.RunAsync();

/// <summary>The host's entry point; public so that WebApplicationFactory can start it in tests.</summary>
public partial class Program;
