using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Dossiers;

/// <summary>
/// A caseworker finds a dossier by a Dutch name in its title however it is typed (capitals, diacritics or none), on
/// every database; and neither the search text, the name nor the BSN ends up in the host's log, with the application's
/// own log categories and EF Core's SQL log at their most talkative.
/// </summary>
public abstract class CaseSearchTests(string database) : IAsyncLifetime
{
    private const string Bsn = "367418253";
    private readonly LogCapture _log = new();
    private TestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new TestHost(TestData.Of(database), new Dictionary<string, string?>
        {
            ["Logging:LogLevel:RelatieWerkstroom"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Debug",
        }, ownsData: true) { TestServices = services => services.AddSingleton<ILoggerProvider>(_log) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("ÖZTÜRK")]
    [InlineData("öztürk")]
    [InlineData("Ozturk")]
    [InlineData("zoë öz")]
    [InlineData("DÉSIRÉE")]
    public async Task A_caseworker_finds_a_dossier_by_a_name_with_diacritics_typed_in_any_case_and_the_log_holds_no_personal_data(string text)
    {
        using var client = await _host.SignInAsync("consulent.noord");
        var opened = await ApiClient.JsonOf(await client.PostAsync("/api/cases",
            new { kind = "wmo-melding", bsn = Bsn, name = "Zoë Öztürk", title = "Woningaanpassing Zoë Öztürk en Désirée" }), HttpStatusCode.Created, "open");
        await ApiClient.JsonOf(await client.PostAsync("/api/cases",
            new { kind = "wmo-melding", bsn = "123456782", name = "Jan Proef", title = "Hulp bij het huishouden" }), HttpStatusCode.Created, "other");

        var found = await client.GetJsonAsync($"/api/cases?text={Uri.EscapeDataString(text)}&pageSize=200");

        var item = Assert.Single(found["items"]!.AsArray());
        Assert.Equal(opened["caseFileId"]!.GetValue<string>(), item!["id"]!.GetValue<string>());
        Assert.Equal(1, found["total"]!.GetValue<int>());
        Assert.NotEmpty(_log.Lines); // the capture is listening
        foreach (var secret in new[] { Bsn, "Öztürk", "ztürk", "Ozturk", "ozturk", text, Uri.EscapeDataString(text), Uri.EscapeDataString("Öztürk") })
            Assert.DoesNotContain(_log.Lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}

public sealed class CaseSearchSqliteTests() : CaseSearchTests(Databases.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class CaseSearchPostgreSqlTests() : CaseSearchTests(Databases.PostgreSql);
