namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Everything the caseload simulation draws from: the workflow mix, the teams, waiting and working times, how often
/// each task action and discretion option is chosen, bezwaren and herindicaties. <see cref="Default"/> holds the
/// built-in values; <c>workflows/settings/simulation.json</c> overrides them (see <see cref="SimulationSettingsLoader"/>).
/// </summary>
public sealed record SimulationSettings
{
    /// <summary>The first day of the simulated period.</summary>
    public DateOnly Start { get; init; } = new(2026, 1, 5);

    /// <summary>The workflows and their share of the arriving cases.</summary>
    public IReadOnlyList<SimulatedWorkflow> Workflows { get; init; } = [];

    /// <summary>The teams that handle the cases.</summary>
    public IReadOnlyList<SimulatedTeam> Teams { get; init; } = [];

    /// <summary>The deviation rate of a team the settings do not list.</summary>
    public double DefaultDeviationRate { get; init; } = 0.15;

    /// <summary>Timing of human tasks no role or step setting covers.</summary>
    public StepTiming TaskTiming { get; init; } = new(Distribution.LogNormal(TimeSpan.FromDays(2), 0.9), Distribution.LogNormal(TimeSpan.FromMinutes(45), 0.6));

    /// <summary>Timing of discretion points (the wait until the decision) no step setting covers.</summary>
    public StepTiming DecisionTiming { get; init; } = new(Distribution.LogNormal(TimeSpan.FromMinutes(20), 1.0), null);

    /// <summary>Timing per role (waits of the role's tasks).</summary>
    public IReadOnlyDictionary<string, StepTiming> RoleTiming { get; init; } = new Dictionary<string, StepTiming>();

    /// <summary>Timing per step: keyed by activity id, or <c>definitionId/activityId</c> for one workflow only.</summary>
    public IReadOnlyDictionary<string, StepTiming> StepTiming { get; init; } = new Dictionary<string, StepTiming>();

    /// <summary>
    /// Chances of task actions other than the first, per activity id (or <c>definitionId/activityId</c>); the first
    /// action of a task gets the rest. A task that comes round again has these chances halved each time.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Actions { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>Per discretion id: how much more or less often than the team's rate it deviates, and towards which options.</summary>
    public IReadOnlyDictionary<string, DiscretionBehaviour> Discretion { get; init; } = new Dictionary<string, DiscretionBehaviour>();

    /// <summary>Chance of a bezwaarschrift per decision option (a discretion option or task action).</summary>
    public IReadOnlyDictionary<string, double> BezwaarRates { get; init; } = new Dictionary<string, double>();

    /// <summary>Chance of a bezwaarschrift after a decision whose option has no rate of its own.</summary>
    public double DefaultBezwaarRate { get; init; } = 0.03;

    /// <summary>When a bezwaarschrift arrives after the bezwaartermijn started (it must fall within the six weeks).</summary>
    public Distribution BezwaarDelay { get; init; } = Distribution.Uniform(TimeSpan.FromDays(3), TimeSpan.FromDays(40));

    /// <summary>
    /// Chance that the applicant sends an ingebrekestelling (Awb 4:17) once a beslistermijn of the municipality has
    /// expired without a decision. An assumption, not a measured figure: few citizens use the dwangsom; we take one in ten
    /// late decisions, drawn once per clock run from the seed, so a simulated year owes some dwangsom.
    /// </summary>
    public double IngebrekestellingRate { get; init; } = 0.10;

    /// <summary>When the ingebrekestelling is received after the day the beslistermijn expired.</summary>
    public Distribution IngebrekestellingDelay { get; init; } = Distribution.Uniform(TimeSpan.FromDays(1), TimeSpan.FromDays(10));

    /// <summary>Discretion choices (discretion id → option) after which a new case is opened for a full herindicatie.</summary>
    public IReadOnlyDictionary<string, string> HerindicatieAfter { get; init; } = new Dictionary<string, string>();

    /// <summary>The time between that choice and the new case.</summary>
    public Distribution HerindicatieDelay { get; init; } = Distribution.Uniform(TimeSpan.FromDays(1), TimeSpan.FromDays(10));

    /// <summary>Chance that a herindicatie ends with the same decision as the case before it.</summary>
    public double HerindicatieUnchangedRate { get; init; } = 0.85;

    /// <summary>
    /// Values for form fields by field name: dates that lie ahead (a closing date must be after today) and plausible
    /// numbers (an estimate in euros). Other fields get today, a small number, the first choice or a fixed text.
    /// </summary>
    public IReadOnlyDictionary<string, FormValueRule> FormValues { get; init; } = new Dictionary<string, FormValueRule>();

    /// <summary>The built-in settings: the five reference workflows, the teams of Voorbeeldstad, plausible times and frequencies.</summary>
    public static SimulationSettings Default { get; } = CreateDefault();

    /// <summary>The settings of a team; a team not listed gets <see cref="DefaultDeviationRate"/> and four people per role.</summary>
    public SimulatedTeam Team(string id) =>
        Teams.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase)) ?? new SimulatedTeam(id, DefaultDeviationRate, 4);

    private static SimulationSettings CreateDefault()
    {
        static TimeSpan D(double days) => TimeSpan.FromDays(days);
        static StepTiming Wait(Distribution wait) => new(wait, null);
        static StepTiming LogWait(double medianDays, double sigma) => Wait(Distribution.LogNormal(D(medianDays), sigma));
        string[] wijkteams = ["wijkteam-noord", "wijkteam-zuid"];
        return new SimulationSettings
        {
            Workflows =
            [
                new("rw1-wmo-maatwerkvoorziening", "wmo-maatwerkvoorziening", 0.38, wijkteams, true, "Melding maatwerkvoorziening Wmo", "RW1-DP10"),
                new("rw2-jeugdwet-toegang", "jeugdwet-toegang", 0.25, wijkteams, true, "Hulpvraag jeugd", "RW2-DP5")
                {
                    // Most jeugdhulp starts with a melding at the wijkteam; a quarter comes through a verwijzing (huisarts,
                    // jeugdarts) and some through a maatregel of a gecertificeerde instelling.
                    StartVariables = new Dictionary<string, IReadOnlyDictionary<string, double>>
                    {
                        ["Route"] = Weights(("melding", 0.65), ("verwijzing", 0.25), ("maatregel", 0.10)),
                    },
                },
                new("rw5-bijstand", "participatiewet-bijstand", 0.33, ["werk-en-inkomen"], true, "Aanvraag bijstand", "RechtVaststellen"),
                new("rw3-meervoudig-onderhandse-aanbesteding", "meervoudig-onderhandse-aanbesteding", 0.025, ["inkoop-sociaal-domein"], false,
                    "Meervoudig onderhandse aanbesteding", null),
                new("rw4-toelatingsprocedure", "toelatingsprocedure", 0.015, ["inkoop-sociaal-domein"], false, "Toelatingsprocedure aanbieders", null),
            ],
            Teams =
            [
                new("wijkteam-noord", 0.10, 4),
                new("wijkteam-zuid", 0.20, 4),
                new("werk-en-inkomen", 0.15, 4),
                new("inkoop-sociaal-domein", 0.12, 3),
            ],
            RoleTiming = new Dictionary<string, StepTiming>(StringComparer.OrdinalIgnoreCase)
            {
                ["consulent"] = LogWait(2, 0.9),
                ["jeugdconsulent"] = LogWait(3, 0.9),
                ["backoffice"] = LogWait(1, 0.8),
                ["klantcontact"] = LogWait(0.2, 0.8),
                ["teamleider"] = LogWait(2, 0.7),
                ["jurist"] = LogWait(5, 0.8),
                ["bezwaarcommissie"] = LogWait(20, 0.4),
                ["inkoper"] = LogWait(4, 0.8),
                ["beoordelingscommissie"] = LogWait(7, 0.6),
                ["contractmanager"] = LogWait(5, 0.8),
                ["controller"] = LogWait(10, 0.5),
                ["handhaving"] = LogWait(5, 0.6),
            },
            StepTiming = new Dictionary<string, StepTiming>(StringComparer.Ordinal)
            {
                ["Keukentafelgesprek"] = Wait(Distribution.Triangular(D(3), D(8), D(25))),
                ["AanvullingAfwachten"] = LogWait(9, 0.5),
                ["Onderzoek"] = LogWait(10, 0.6),
                ["BesluitVoorbereiden"] = LogWait(4, 0.9),
                ["RechtVaststellen"] = LogWait(10, 0.7),
                ["BeschikkingVerzenden"] = LogWait(1, 0.5),
                ["LeveringVolgen"] = Wait(Distribution.Triangular(D(90), D(180), D(400))),
                ["Evaluatie"] = Wait(Distribution.Triangular(D(90), D(180), D(365))),
                ["BehoefteRaming"] = LogWait(10, 0.5),
                ["Offerteaanvraag"] = LogWait(5, 0.5),
                ["InschrijvingenOpenen"] = Wait(Distribution.Triangular(D(14), D(21), D(35))),
                ["Beoordelen"] = LogWait(10, 0.5),
                ["Contract"] = LogWait(10, 0.5),
                ["ContractmanagementInrichten"] = LogWait(10, 0.5),
                ["Aanmeldingen"] = Wait(Distribution.Exponential(D(14))),
                ["Toetsen"] = LogWait(10, 0.5),
                ["Contractmanagement"] = Wait(Distribution.Triangular(D(60), D(120), D(240))),
                ["Productieverantwoording"] = LogWait(30, 0.4),
                ["TijdigheidToetsen"] = LogWait(3, 0.6),
                ["Termijntoets"] = LogWait(5, 0.6),
                ["VerzuimAfwachten"] = LogWait(14, 0.4),
                ["HoorzittingCommissie"] = Wait(Distribution.Triangular(D(21), D(35), D(63))),
                ["Hoorzitting"] = LogWait(14, 0.5),
                ["BobVoorbereiden"] = LogWait(10, 0.6),
            },
            Actions = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
            {
                ["AanvraagCompleet"] = Chances(("Aanvulling nodig", 0.25)),
                ["AanvullingAfwachten"] = Chances(("Termijn verstreken", 0.12)),
                ["BesluitVoorbereiden"] = Chances(("Verdagen", 0.07)),
                ["PgbToets"] = Chances(("Voldoet niet", 0.25)),
                ["LeveringVolgen"] = Chances(("Verzoek om wijziging", 0.15)),
                ["RechtVaststellen"] = Chances(("Geen recht", 0.18), ("Buiten behandeling", 0.07), ("Verdagen", 0.05)),
                ["Beoordelen"] = Chances(("Onduidelijkheid", 0.2)),
                ["KlachtenBeoordelen"] = Chances(("Klacht of kort geding", 0.1)),
                ["Aanmeldingen"] = Chances(("Instroom sluiten", 0.12)),
                ["Toetsen"] = Chances(("Voldoet niet", 0.15), ("Twijfel", 0.1)),
                ["Contractmanagement"] = Chances(("Signaal", 0.3)),
                ["Termijntoets"] = Chances(("Verzuim", 0.1), ("Kennelijk niet-ontvankelijk", 0.05)),
                ["VerzuimAfwachten"] = Chances(("Niet hersteld", 0.2)),
                ["InformeelContact"] = Chances(("Niet opgelost", 0.6)),
                ["BobVoorbereiden"] = Chances(("Verdagen", 0.1)),
            },
            Discretion = new Dictionary<string, DiscretionBehaviour>(StringComparer.Ordinal)
            {
                ["RW1-DP1"] = new(1.0, Weights(("advies", 3), ("algemeen", 3), ("anderdomein", 1), ("spoed", 1))),
                ["RW1-DP10"] = new(1.5, Weights(("gedeeltelijk", 3), ("afwijzen", 4), ("wlzweigering", 1))),
                ["RW2-DP1"] = new(1.0, Weights(("lichthulp", 3), ("overig", 1), ("spoed", 1))),
                ["RW2-DP4"] = new(0.2, Weights()),
                ["RW3-DP2"] = new(0.3, Weights()),
                ["RW4-DP1"] = new(0.2, Weights()),
                ["RW5-B3"] = new(2.0, Weights(("gegrond", 2), ("deels", 2), ("nietontvankelijk", 1))),
            },
            BezwaarRates = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["afwijzen"] = 0.2,
                ["gedeeltelijk"] = 0.12,
                ["wlzweigering"] = 0.25,
                ["nee"] = 0.2,
                ["Geen recht"] = 0.18,
                ["Buiten behandeling"] = 0.25,
            },
            HerindicatieAfter = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["RW1-DP19"] = "volledig",
                ["RW2-DP18"] = "volledig",
            },
            FormValues = new Dictionary<string, FormValueRule>(StringComparer.Ordinal)
            {
                ["sluitingsdatum"] = new(Distribution.Uniform(D(14), D(35)), null, null),
                ["einddatum"] = new(Distribution.Uniform(D(28), D(90)), null, null),
                ["gespreksdatum"] = new(Distribution.Uniform(D(2), D(10)), null, null),
                ["hersteltermijnTot"] = new(Distribution.Fixed(D(14)), null, null),
                ["nieuweDatum"] = new(Distribution.Fixed(D(28)), null, null),
                ["raming"] = new(null, 60_000, 200_000),
                ["looptijd"] = new(null, 12, 48),
                ["aantal"] = new(null, 2, 6),
                // Fictional inschrijvers: the award letter goes to each, the winner must be one of them.
                ["rangorde"] = new(null, null, null, "1. Zorgbureau Fictief BV\n2. Proefzorg Simulatie BV\n3. Welzijn Voorbeeld Nep BV"),
                ["winnaar"] = new(null, null, null, "Zorgbureau Fictief BV"),
            },
        };
    }

    private static IReadOnlyDictionary<string, double> Chances(params (string Action, double Chance)[] chances) =>
        chances.ToDictionary(c => c.Action, c => c.Chance, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, double> Weights(params (string Option, double Weight)[] weights) =>
        weights.ToDictionary(w => w.Option, w => w.Weight, StringComparer.Ordinal);
}
