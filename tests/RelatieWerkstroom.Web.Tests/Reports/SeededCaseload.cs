using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Users;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Simulation.Seeding;
using RelatieWerkstroom.Web.Tests.Support;

namespace RelatieWerkstroom.Web.Tests.Reports;

/// <summary>
/// One host on a real database (a SQLite file, or PostgreSQL) holding a simulated caseload of the past months (the demo seeder, as on a first
/// start), one case of a planted citizen, and two red-tape flags, one of which names that citizen. The personal data of
/// every subject in the database is what no auditor response may contain.
/// </summary>
public abstract class SeededCaseload(string database) : IAsyncLifetime
{
    /// <summary>The planted citizen (besides the simulated ones).</summary>
    public const string PlantedName = "Wilhelmina Zoutekouw";

    /// <summary>The planted citizen's BSN (passes the elfproef).</summary>
    public const string PlantedBsn = "123456782";

    /// <summary>A flag text without personal data, which the auditor sees as written.</summary>
    public const string HarmlessFlag = "Het formulier vraagt het inkomen twee keer op";

    /// <summary>The host.</summary>
    public TestHost Host { get; } = TestHost.Of(database);

    /// <summary>The names and BSNs of every subject in the database (simulated and planted).</summary>
    public IReadOnlyList<string> PersonalData { get; private set; } = [];

    /// <summary>The ids of every case file (only pseudonyms of them may reach an auditor).</summary>
    public IReadOnlyList<string> CaseIds { get; private set; } = [];

    /// <summary>How many subjects the database holds.</summary>
    public int Subjects { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Host.Server.BaseAddress.ToString();
        var settings = (MunicipalitySettings)Host.Service<IMunicipalitySettings>();
        // The host may seed its own demo caseload at start; then that one is reported on.
        await DemoCaseloadSeeder.SeedAsync(Host.Services, new DemoSeedOptions { Cases = 160, Months = 6, Seed = 11, Municipality = settings }, DateTimeOffset.UtcNow);

        var planted = await Cases.OpenAsync(Host, "wijkteam-noord", bsn: PlantedBsn, name: PlantedName);
        using (var scope = Host.Services.CreateScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var caseworker = new User("consulent.noord", "Consulent Noord", [Roles.Consulent], "wijkteam-noord");
            var task = (await mediator.Send(new GetWorklist.Query(caseworker, null, null, true)))
                .First(i => i.CaseFileId == planted.CaseFileId);
            await mediator.Send(new FlagRedTape.Command(caseworker, task.BookmarkId, RedTapeCategories.All[0], HarmlessFlag));
            await mediator.Send(new FlagRedTape.Command(caseworker, task.BookmarkId, RedTapeCategories.All[0], $"Mevrouw {PlantedName} moest drie keer langskomen"));
        }

        var contexts = Host.Service<IDbContextFactory<WerkstroomDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var subjects = await db.CaseSubjects.AsNoTracking().Select(s => new { s.Name, s.Bsn }).ToListAsync();
        Subjects = subjects.Count;
        CaseIds = await db.CaseFiles.AsNoTracking().Select(f => f.Id).ToListAsync();
        // Full names, family names and BSNs: any of them in a response is a leak.
        PersonalData = [.. subjects.SelectMany(s => new[] { s.Name, s.Name.Split(' ')[^1], s.Bsn }).Where(v => v.Length >= 5).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The personal data found in <paramref name="text"/> (empty when there is none).</summary>
    public IReadOnlyList<string> LeaksIn(string text) => [.. PersonalData.Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))];

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The seeded caseload on a SQLite file.</summary>
public sealed class SqliteSeededCaseload() : SeededCaseload(Databases.Sqlite);

/// <summary>The seeded caseload on PostgreSQL.</summary>
public sealed class PostgreSqlSeededCaseload() : SeededCaseload(Databases.PostgreSql);
