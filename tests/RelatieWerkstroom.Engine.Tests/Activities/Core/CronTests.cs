using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Tests.Support;
using RelatieWerkstroom.Engine.Validation;
using static RelatieWerkstroom.Engine.Tests.Support.FlowBuilder;

namespace RelatieWerkstroom.Engine.Tests.Activities.Core;

/// <summary>Elsa.Cron waits until the next time its cron expression matches (UTC). The test clock starts Monday 2 March 2026 09:00.</summary>
public sealed class CronTests
{
    public static TheoryData<string, DateTimeOffset> Expressions => new()
    {
        // 17:00 on working days: later the same Monday.
        { "0 17 * * 1-5", new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.Zero) },
        // 09:00 on working days: now is 09:00 exactly, so the next one is Tuesday.
        { "0 9 * * 1-5", new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero) },
        // First day of the month at midnight.
        { "0 0 1 * *", new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero) },
        // Six fields: every 30 seconds.
        { "*/30 * * * * *", new DateTimeOffset(2026, 3, 2, 9, 0, 30, TimeSpan.Zero) },
        // Saturdays at 08:15.
        { "15 8 * * 6", new DateTimeOffset(2026, 3, 7, 8, 15, 0, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public async Task Cron_Expression_BookmarkDueAtNextOccurrence(string cron, DateTimeOffset expected)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("cron", "Elsa.Cron", ("cronExpression", Literal(cron))).Build();

        var result = await t.StartAsync(flow);

        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        var bookmark = Assert.Single(result.Bookmarks);
        Assert.Equal(BookmarkKinds.Timer, bookmark.Kind);
        Assert.Equal(expected, bookmark.DueAt);
    }

    [Fact]
    public async Task Cron_DueTimeReached_ContinuesTheFlow()
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("cron", "Elsa.Cron", ("cronExpression", Literal("0 17 * * *"))).WriteLine("after", "after").Chain("cron", "after").Build();
        var result = await t.StartAsync(flow);

        var final = await t.FireTimersUntilDoneAsync(result);

        Assert.Equal(WorkflowStatus.Finished, final.Status);
        Assert.Equal(["after"], t.Lines);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.Zero), t.Clock.GetUtcNow());
    }

    [Theory]
    [InlineData("every day")]
    [InlineData("61 * * * *")]
    [InlineData("* * *")]
    public void Cron_BadExpression_IsAValidationProblemAtCronExpression(string cron)
    {
        var t = new TestRuntime();
        var flow = new FlowBuilder().Activity("cron", "Elsa.Cron", ("cronExpression", Literal(cron))).Build();

        var problems = new DefinitionValidator(t.Registry).Validate(flow);

        var problem = Assert.Single(problems);
        Assert.Equal(("cron", "cronExpression"), (problem.ActivityId, problem.Path));
        Assert.Contains(cron, problem.Message);
    }
}
