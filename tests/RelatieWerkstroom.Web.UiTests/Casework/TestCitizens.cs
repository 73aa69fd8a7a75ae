namespace RelatieWerkstroom.Web.UiTests.Casework;

/// <summary>Made-up citizens: a random BSN that passes the elfproef (so no two journeys share a person), and a name.</summary>
public static class TestCitizens
{
    /// <summary>A new valid BSN.</summary>
    public static string NewBsn()
    {
        while (true)
        {
            var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString("D8");
            var sum = 0;
            for (var i = 0; i < 8; i++) sum += (9 - i) * (digits[i] - '0');
            var check = sum % 11;
            if (check <= 9) return digits + check;
        }
    }
}
