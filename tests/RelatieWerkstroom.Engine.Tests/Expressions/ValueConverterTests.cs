using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Activities.Core;
using RelatieWerkstroom.Engine.Expressions;

namespace RelatieWerkstroom.Engine.Tests.Expressions;

/// <summary>Expression results (text, numbers, JSON) become the type an input or variable needs, or a clear error.</summary>
public sealed class ValueConverterTests
{
    public static TheoryData<string, TimeSpan> Durations => new()
    {
        { "00:00:05", TimeSpan.FromSeconds(5) },
        { "01:30:00", TimeSpan.FromMinutes(90) },
        { "2.04:00:00", new TimeSpan(2, 4, 0, 0) },
        { " 00:01:00 ", TimeSpan.FromMinutes(1) },
        // As Elsa (TimeSpan.Parse) reads them, checked with elsa-oracle: a bare number and hours above 23 are days.
        { "1:00", TimeSpan.FromHours(1) },
        { "5", TimeSpan.FromDays(5) },
        { "36:00:00", TimeSpan.FromDays(36) },
        { "1.12:00", TimeSpan.FromHours(36) },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void Convert_DurationText_TimeSpan(string text, TimeSpan expected) =>
        Assert.Equal(expected, ValueConverter.Convert(text, typeof(TimeSpan)));

    [Theory]
    [InlineData("abc")]
    [InlineData("00:00:90")]
    [InlineData("P5X")]
    [InlineData("")]
    public void Convert_NotADuration_FormatExceptionQuotingTheValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ValueConverter.Convert(text, typeof(TimeSpan)));
        Assert.Contains($"'{text.Trim()}'", ex.Message.Replace($"'{text}'", $"'{text.Trim()}'"));
        Assert.Contains("duration", ex.Message);
    }

    // Elsa 3.8 waits 0 seconds for these (elsa-oracle: a Delay of P2D or PT36H resumes at once): refused, with the form to write.
    [Theory]
    [InlineData("P2D", "2.00:00:00")]
    [InlineData("PT36H", "1.12:00:00")]
    [InlineData("P1DT12H", "1.12:00:00")]
    [InlineData("PT5S", "00:00:05")]
    public void Convert_IsoDuration_RefusedNamingTheTimeSpanToWrite(string text, string write)
    {
        var ex = Assert.Throws<FormatException>(() => ValueConverter.Convert(text, typeof(TimeSpan)));

        Assert.Equal($"'{text}' is an ISO 8601 duration, which Elsa 3 does not read (it would not wait at all); write {write} instead", ex.Message);
    }

    public static TheoryData<object?, bool> Booleans => new()
    {
        { "true", true }, { "False", false }, { " true ", true }, { "1", true }, { "0", false },
        { 1.0, true }, { 0.0, false }, { 3L, true }, { JsonValue.Create(true), true }, { JsonValue.Create("false"), false }, { null, false },
    };

    [Theory]
    [MemberData(nameof(Booleans))]
    public void Convert_ToBoolean(object? value, bool expected) => Assert.Equal(expected, ValueConverter.Convert(value, typeof(bool)));

    [Fact]
    public void Convert_TextToBoolean_FormatException() =>
        Assert.Contains("'ja' is not a Boolean", Assert.Throws<FormatException>(() => ValueConverter.Convert("ja", typeof(bool))).Message);

    public static TheoryData<object, Type, object> Numbers => new()
    {
        { "42", typeof(int), 42 },
        { "2.5", typeof(double), 2.5 },
        { 7.0, typeof(long), 7L },
        { JsonValue.Create(12), typeof(int), 12 },
        { JsonValue.Create("12.25"), typeof(decimal), 12.25m },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Convert_ToNumber(object value, Type target, object expected) => Assert.Equal(expected, ValueConverter.Convert(value, target));

    [Theory]
    [InlineData("veel", typeof(int))]
    [InlineData("99999999999", typeof(int))]
    public void Convert_NotANumber_FormatExceptionNamingTheType(string value, Type target) =>
        Assert.Contains(target.Name, Assert.Throws<FormatException>(() => ValueConverter.Convert(value, target)).Message);

    [Fact]
    public void Convert_NullToNullableAndValueTypes_NullOrDefault()
    {
        Assert.Null(ValueConverter.Convert(null, typeof(int?)));
        Assert.Equal(0, ValueConverter.Convert(null, typeof(int)));
        Assert.Null(ValueConverter.Convert(JsonValue.Create((string?)null), typeof(string)));
    }

    [Theory]
    [InlineData("WaitAny", FlowJoinMode.WaitAny)]
    [InlineData("waitall", FlowJoinMode.WaitAll)]
    public void Convert_TextToEnum_IgnoringCase(string text, FlowJoinMode expected) => Assert.Equal(expected, ValueConverter.Convert(text, typeof(FlowJoinMode)));

    [Fact]
    public void Convert_UnknownEnumName_ListsTheOptions() =>
        Assert.Contains("WaitAll, WaitAny", Assert.Throws<FormatException>(() => ValueConverter.Convert("Sometimes", typeof(FlowJoinMode))).Message);

    [Theory]
    [InlineData("a, b ,c")]
    [InlineData("""["a","b","c"]""")]
    public void Convert_ListText_StringArray(string text) => Assert.Equal(["a", "b", "c"], (string[])ValueConverter.Convert(text, typeof(string[]))!);

    [Fact]
    public void Convert_JsonArrayToStringArray() =>
        Assert.Equal(["x", "y"], (string[])ValueConverter.Convert(new JsonArray("x", "y"), typeof(string[]))!);

    [Fact]
    public void Convert_ValuesToString_InvariantCulture()
    {
        Assert.Equal("2.5", ValueConverter.Convert(2.5, typeof(string)));
        Assert.Equal("true", ValueConverter.Convert(true, typeof(string)));
        Assert.Equal("""{"a":1}""", ValueConverter.Convert(new JsonObject { ["a"] = 1 }, typeof(string)));
    }

    public static TheoryData<string, object, JsonNode> VariableValues => new()
    {
        { "Int32", "5", JsonValue.Create(5L) },
        { "Int32", 6.0, JsonValue.Create(6L) },
        { "System.Int64", "7", JsonValue.Create(7L) },
        { "Double", "2.5", JsonValue.Create(2.5) },
        { "Boolean", "true", JsonValue.Create(true) },
        { "String", 12L, JsonValue.Create("12") },
        { "Object", "5", JsonValue.Create("5") },
    };

    [Theory]
    [MemberData(nameof(VariableValues))]
    public void ToVariableValue_DeclaredType_StoredAsThatType(string typeName, object value, JsonNode expected) =>
        Assert.True(JsonNode.DeepEquals(expected, ValueConverter.ToVariableValue(value, typeName)), ValueConverter.ToVariableValue(value, typeName)?.ToJsonString());

    [Fact]
    public void ToJsonNode_WholeDouble_StoredAsInteger()
    {
        Assert.Equal("3", ValueConverter.ToJsonNode(3.0)!.ToJsonString());
        Assert.Equal("3.5", ValueConverter.ToJsonNode(3.5)!.ToJsonString());
        Assert.Equal("\"1.02:00:00\"", ValueConverter.ToJsonNode(new TimeSpan(1, 2, 0, 0))!.ToJsonString());
    }
}
