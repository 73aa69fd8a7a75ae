namespace RelatieWerkstroom.Simulation;

/// <summary>
/// When the new cases arrive: the counts per workflow follow the shares (largest remainder, at least one each when there
/// are enough cases), spread evenly over the working days of the period in random order, each to one of its teams.
/// </summary>
internal static class CaseArrivals
{
    /// <summary>The arrivals of <paramref name="request"/>, earliest first.</summary>
    public static IEnumerable<(DateTimeOffset At, SimulatedWorkflow Workflow, SimulatedTeam Team)> Plan(SimulationRequest request, Random random)
    {
        var settings = request.Settings;
        var workflows = settings.Workflows.Where(w => w.Share > 0).ToList();
        var counts = Allocate(request.Cases, workflows.Select(w => w.Share).ToList());
        var mix = new List<SimulatedWorkflow>(request.Cases);
        for (var i = 0; i < workflows.Count; i++) mix.AddRange(Enumerable.Repeat(workflows[i], counts[i]));
        Shuffle(mix, random);

        var days = new List<DateOnly>();
        for (var day = settings.Start; day < settings.Start.AddMonths(request.Months); day = day.AddDays(1))
            if (WorkingHours.IsWorkingDay(day)) days.Add(day);
        var moments = mix.Select(_ => WorkingHours.During(days[random.Next(days.Count)], random)).Order().ToList();
        for (var i = 0; i < mix.Count; i++)
        {
            var workflow = mix[i];
            var team = settings.Team(workflow.Teams[random.Next(workflow.Teams.Count)]);
            yield return (moments[i], workflow, team);
        }
    }

    private static int[] Allocate(int total, IReadOnlyList<double> shares)
    {
        var counts = new int[shares.Count];
        if (shares.Count == 0 || total == 0) return counts;
        var minimum = total >= shares.Count ? 1 : 0;
        var rest = total - minimum * shares.Count;
        var sum = shares.Sum();
        var exact = shares.Select(s => rest * s / sum).ToArray();
        for (var i = 0; i < counts.Length; i++) counts[i] = minimum + (int)Math.Floor(exact[i]);
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).Take(left))
            counts[i]++;
        return counts;
    }

    private static void Shuffle<T>(List<T> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
