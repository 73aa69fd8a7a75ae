namespace RelatieWerkstroom.Benchmarks.W2;

/// <summary>One engine configuration measured on W2: ten service steps in a row, nothing waits.</summary>
public interface IW2Side
{
    /// <summary>Row label in the table.</summary>
    string Name { get; }

    /// <summary>Concurrent starters used to load this side.</summary>
    int Concurrency { get; }

    /// <summary>The most instances one run may hold (a store that slows down as it fills is measured before it does).</summary>
    int MaxInstancesPerRun => 400_000;

    /// <summary>Sets up fresh state (empty stores) for one run; not timed.</summary>
    Task PrepareAsync();

    /// <summary>Starts one instance and completes when it has finished.</summary>
    ValueTask RunInstanceAsync(int index);

    /// <summary>Tears down what <see cref="PrepareAsync"/> set up; not timed.</summary>
    Task CleanupAsync();
}
