namespace RelatieWerkstroom.Web.Tests.Support;

/// <summary>Waits for something the running host does in the background, up to a deadline (never a fixed sleep).</summary>
public static class Eventually
{
    /// <summary>Returns the first non-null value of <paramref name="probe"/>; fails the test with <paramref name="what"/> after <paramref name="within"/>.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? within = null) where T : class
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } value) return value;
            Assert.True(DateTime.UtcNow < deadline, $"{what}: not within {(within ?? TimeSpan.FromSeconds(30)).TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
