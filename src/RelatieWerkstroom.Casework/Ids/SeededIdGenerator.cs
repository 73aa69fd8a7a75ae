namespace RelatieWerkstroom.Casework.Ids;

/// <summary>
/// A reproducible id generator for simulations and tests: the same seed gives the same sequence of ids. Never use it
/// for real cases, because its ids are predictable. Not thread-safe; a simulation runs on one thread.
/// </summary>
public sealed class SeededIdGenerator(int seed) : IIdGenerator
{
    private readonly Random _random = new(seed);

    /// <inheritdoc />
    public string NewId(string prefix, int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        Span<byte> buffer = bytes <= 64 ? stackalloc byte[bytes] : new byte[bytes];
        _random.NextBytes(buffer);
        return prefix + Convert.ToHexStringLower(buffer);
    }
}
