using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Web.UiTests.Infrastructure;

namespace RelatieWerkstroom.Web.UiTests.Audit;

/// <summary>The names and BSNs of every citizen in the host's database: none of them may appear on an auditor's screen or download.</summary>
public static class PersonalData
{
    public static async Task<IReadOnlyList<string>> OfAsync(WerkstroomHost host)
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<WerkstroomDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var subjects = await db.CaseSubjects.AsNoTracking().Select(s => new { s.Name, s.Bsn }).ToListAsync();
        Assert.True(subjects.Count > 100, $"the demo caseload holds {subjects.Count} citizens");
        return [.. subjects.SelectMany(s => new[] { s.Name, s.Name.Split(' ')[^1], s.Bsn }).Where(v => v.Length >= 5).Distinct(StringComparer.Ordinal)];
    }

    public static void AssertNoneIn(IReadOnlyList<string> personalData, string text, string where)
    {
        var found = personalData.Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
        Assert.True(found.Count == 0, $"{where} shows personal data: {string.Join(", ", found)}");
    }
}
