using System.Security.Cryptography;

namespace RelatieWerkstroom.Engine.Runtime;

/// <summary>
/// New random ids in the form of <c>Guid.NewGuid().ToString("N")</c> (version 4 GUIDs). The random bytes come from a
/// per-thread buffer filled by the cryptographic generator: asking the operating system for 16 bytes per id costs
/// more than running a whole workflow step.
/// </summary>
internal static class RandomIds
{
    [ThreadStatic]
    private static byte[]? t_bytes;

    [ThreadStatic]
    private static int t_offset;

    /// <summary>A new 32-digit lowercase hexadecimal id.</summary>
    public static string NewId()
    {
        var buffer = t_bytes;
        if (buffer is null || t_offset > buffer.Length - 16)
        {
            buffer = t_bytes ??= new byte[1024];
            RandomNumberGenerator.Fill(buffer);
            t_offset = 0;
        }
        Span<byte> bytes = stackalloc byte[16];
        buffer.AsSpan(t_offset, 16).CopyTo(bytes);
        buffer.AsSpan(t_offset, 16).Clear();
        t_offset += 16;
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes).ToString("N");
    }
}
