using System.Security.Cryptography;

namespace RelatieWerkstroom.Casework.Ids;

/// <summary>The production id generator: cryptographically random, so ids cannot be guessed or linked to each other.</summary>
public sealed class RandomIdGenerator : IIdGenerator
{
    /// <summary>The shared instance.</summary>
    public static RandomIdGenerator Instance { get; } = new();

    /// <inheritdoc />
    public string NewId(string prefix, int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        return prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
    }
}
