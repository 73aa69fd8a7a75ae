using MediatR;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Casework.Steps.Intake;

namespace RelatieWerkstroom.Casework.Tests.Steps;

public sealed class StepCatalogueTests
{
    // Generic, so that assembly scans (which skip open generic types) never see these.
    private sealed record SameName<T>(T Value) : IRequest<StepResult>;

    private sealed record LookupRequest<T> : IRequest<StepResult>;

    [Fact]
    public void AddFromAssemblies_CaseworkAssembly_FindsNestedCommandsByTheirSliceName()
    {
        // Arrange
        var catalogue = new StepCatalogue();

        // Act
        catalogue.AddFromAssemblies(typeof(StepCatalogue).Assembly);

        // Assert
        Assert.True(catalogue.TryFind("CheckCompleteness", out var check));
        Assert.Equal(typeof(CheckCompleteness.Command), check);
        Assert.True(catalogue.TryFind("RegisterMelding", out var register));
        Assert.Equal(typeof(RegisterMelding.Command), register);
        Assert.Contains("CheckCompleteness", catalogue.Names);
    }

    public static TheoryData<string> FullNames => new()
    {
        "RelatieWerkstroom.Casework.Steps.Intake.RegisterMelding+Command",
        "RelatieWerkstroom.Casework.Steps.Intake.RegisterMelding.Command",
    };

    [Theory]
    [MemberData(nameof(FullNames))]
    public void TryFind_FullTypeName_FindsTheRequest(string name)
    {
        // Arrange
        var catalogue = new StepCatalogue().Add(typeof(RegisterMelding.Command));

        // Act
        var found = catalogue.TryFind(name, out var type);

        // Assert
        Assert.True(found);
        Assert.Equal(typeof(RegisterMelding.Command), type);
    }

    [Fact]
    public void ShortName_TypeEndingInRequest_DropsTheSuffix()
    {
        // Act
        var name = StepCatalogue.ShortName(typeof(LookupRequest<int>));

        // Assert
        Assert.Equal("Lookup", name);
    }

    [Fact]
    public void TryFind_NameInOtherCase_IsNotFound()
    {
        // Arrange
        var catalogue = new StepCatalogue().Add(typeof(RegisterMelding.Command));

        // Act
        var found = catalogue.TryFind("registermelding", out _);

        // Assert
        Assert.False(found);
    }

    [Fact]
    public void Add_TwoTypesWithTheSameShortName_ThrowsNamingBoth()
    {
        // Arrange
        var catalogue = new StepCatalogue().Add(typeof(SameName<int>));

        // Act
        var ex = Assert.Throws<InvalidOperationException>(() => catalogue.Add(typeof(SameName<string>)));

        // Assert
        Assert.Contains("'SameName'", ex.Message);
        Assert.True(catalogue.TryFind("SameName", out var kept));
        Assert.Equal(typeof(SameName<int>), kept);
    }

    [Fact]
    public void Add_TypeThatIsNoStepRequest_Throws()
    {
        // Arrange
        var catalogue = new StepCatalogue();

        // Act + Assert
        var ex = Assert.Throws<ArgumentException>(() => catalogue.Add(typeof(string)));
        Assert.Contains("IRequest<StepResult>", ex.Message);
    }
}
