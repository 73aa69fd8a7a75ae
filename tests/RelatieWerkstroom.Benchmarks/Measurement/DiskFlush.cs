using System.Diagnostics;

namespace RelatieWerkstroom.Benchmarks.Measurement;

/// <summary>Measures how long a small write plus fsync takes in the temp folder: the floor under every durable commit.</summary>
public static class DiskFlush
{
    /// <summary>Median milliseconds of <paramref name="count"/> 4 KB appends, each flushed to disk.</summary>
    public static double MedianMilliseconds(int count = 100)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rw-fsync-{Guid.NewGuid():N}.bin");
        var block = new byte[4096];
        var times = new double[count];
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            for (var i = 0; i < count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                file.Write(block);
                file.Flush(flushToDisk: true);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }
        finally
        {
            File.Delete(path);
        }
        Array.Sort(times);
        return times[count / 2];
    }
}
