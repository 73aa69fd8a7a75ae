namespace RelatieWerkstroom.Engine.Validation;

/// <summary>
/// Every kind of problem a definition can have, the one list of problem codes: the engine, the casework activities,
/// the host and the command line all report through these. The designer translates each code (its
/// <c>serverProblems</c> translations, checked against this list by ProblemCodeTranslationTests) and shows the text
/// here for a code it does not know. A code, once published, keeps its name and parameters.
/// </summary>
public static class ProblemCodes
{
    // The file itself (WorkflowDefinitionReader, the command line).
    public static readonly ProblemCode JsonInvalid = new(nameof(JsonInvalid), "not valid JSON ({detail})");
    public static readonly ProblemCode DefinitionNotAnObject = new(nameof(DefinitionNotAnObject), "a workflow definition must be a JSON object");
    public static readonly ProblemCode RootMissing = new(nameof(RootMissing), "missing the root flowchart ('root' object)");
    public static readonly ProblemCode RootWithoutId = new(nameof(RootWithoutId), "the root activity ({type}) has no id");
    public static readonly ProblemCode NotAList = new(nameof(NotAList), "must be an array");
    public static readonly ProblemCode ActivityNotAnObject = new(nameof(ActivityNotAnObject), "an activity must be a JSON object");
    public static readonly ProblemCode ActivityIdNotText = new(nameof(ActivityIdNotText), "an activity id must be a text, found {kind}");
    public static readonly ProblemCode ActivityWithoutId = new(nameof(ActivityWithoutId), "activity has no id");
    public static readonly ProblemCode ActivityWithoutType = new(nameof(ActivityWithoutType), "activity '{activity}' has no type");
    public static readonly ProblemCode VariablesNotAList = new(nameof(VariablesNotAList), "must be a list of { name, typeName, value }");
    public static readonly ProblemCode VariableNotAnObject = new(nameof(VariableNotAnObject), "a variable must be a JSON object");
    public static readonly ProblemCode VariableWithoutName = new(nameof(VariableWithoutName), "variable has no name");
    public static readonly ProblemCode OriginalJsonNotAnObject = new(nameof(OriginalJsonNotAnObject), "must hold a JSON object");
    public static readonly ProblemCode ConnectionNotAnObject = new(nameof(ConnectionNotAnObject), "a connection must be a JSON object");
    public static readonly ProblemCode ConnectionWithoutSource = new(nameof(ConnectionWithoutSource), "connection has no source activity");
    public static readonly ProblemCode ConnectionWithoutTarget = new(nameof(ConnectionWithoutTarget), "connection has no target activity");
    public static readonly ProblemCode ConnectionEndInvalid = new(nameof(ConnectionEndInvalid), "must be an activity id or { activity, port }");
    public static readonly ProblemCode PortNotText = new(nameof(PortNotText), "a port must be a text (the outcome's name), found {kind}");
    public static readonly ProblemCode FileNotFound = new(nameof(FileNotFound), "file not found");
    public static readonly ProblemCode FileEmpty = new(nameof(FileEmpty), "the file is empty or not a regular file (a pipe or device)");
    public static readonly ProblemCode FileTooLarge = new(nameof(FileTooLarge), "the file is {size} MiB; a definition may be at most {limit} MiB");
    public static readonly ProblemCode FileUnreadable = new(nameof(FileUnreadable), "cannot read the file: {detail}");

    // The workflow as a whole.
    public static readonly ProblemCode DefinitionWithoutId = new(nameof(DefinitionWithoutId), "the definition has neither a definitionId nor an id");
    public static readonly ProblemCode DefinitionIdInSeveralFiles = new(nameof(DefinitionIdInSeveralFiles), "definitionId '{definitionId}' appears in more than one file ({files})");
    public static readonly ProblemCode DefinitionIdMismatch = new(nameof(DefinitionIdMismatch), "the body is workflow '{definitionId}', the address names '{expected}'");
    public static readonly ProblemCode VariableDuplicate = new(nameof(VariableDuplicate), "duplicate variable name '{variable}'");
    public static readonly ProblemCode VariableValueInvalid = new(nameof(VariableValueInvalid), "initial value of variable '{variable}' ({type}): {detail}");
    public static readonly ProblemCode StartMissing = new(nameof(StartMissing), "start activity '{activity}' does not exist");
    public static readonly ProblemCode RootNotAFlowchart = new(nameof(RootNotAFlowchart),
        "De hoofdstap '{activity}' is een {type}, geen Elsa.Flowchart: Elsa voert alleen die ene stap uit en de ontwerper kan er geen stappen aan vastmaken; " +
        "zet de stap in een flowchart als er meer moet gebeuren " +
        "(the root '{activity}' is a {type}, not an Elsa.Flowchart: Elsa runs just that activity and no other activity can be connected to it; " +
        "put it in a flowchart if more should happen)");
    public static readonly ProblemCode ActivityIdDuplicate = new(nameof(ActivityIdDuplicate), "duplicate activity id '{activity}'");
    public static readonly ProblemCode ActivityUnreachable = new(nameof(ActivityUnreachable), "activity '{activity}' cannot be reached from the start activity '{start}'; it never runs");
    public static readonly ProblemCode MergeModeIgnored = new(nameof(MergeModeIgnored),
        "'{activity}': samenvoegmodus (mergeMode) '{mode}' heeft geen effect: de standaard-flowchart van Elsa (met tellers, zoals hier) leest die niet, " +
        "alleen de token-modus; zet een samenvoeging (Elsa.FlowJoin) met WaitAll, WaitAllActive of WaitAny neer om te bepalen hoe takken samenkomen " +
        "('{activity}': mergeMode '{mode}' has no effect: Elsa's default counter-based flowchart, which this engine runs, ignores it, only the token-based mode reads it; " +
        "use an Elsa.FlowJoin with WaitAll, WaitAllActive or WaitAny to say how branches merge)");
    public static readonly ProblemCode JoinNeverCompletes = new(nameof(JoinNeverCompletes),
        "Samenvoeging '{activity}' wacht op alle takken (WaitAll), maar de tak na '{choice}' → '{port1}' en de tak na '{choice}' → '{port2}' " +
        "sluiten elkaar uit: de samenvoeging wordt altijd overgeslagen en wat erna komt loopt nooit (zo doet Elsa het ook); " +
        "kies WaitAllActive (wacht op de gekozen tak) of WaitAny " +
        "(join '{activity}' waits for every branch (WaitAll), but the branches after '{choice}' port '{port1}' and port '{port2}' exclude each other: " +
        "the join is always skipped and nothing after it runs, as in Elsa; choose WaitAllActive or WaitAny)");
    public static readonly ProblemCode LoopWithoutExit = new(nameof(LoopWithoutExit),
        "De lus die verbinding {connection} terug naar '{activity}' maakt, heeft geen uitgang: geen verbinding leidt eruit en er is geen eindstap, " +
        "dus de workflow stopt nooit (ook in Elsa niet); geef een beslissing in de lus een uitgang of voeg een eindstap toe " +
        "(the loop that connection {connection} closes back to '{activity}' has no exit: no connection leads out of it and there is no end activity, " +
        "so the workflow never finishes, in Elsa neither; give a decision in the loop a way out or add an end activity)");
    public static readonly ProblemCode LoopEnteredSideways = new(nameof(LoopEnteredSideways),
        "Verbinding {connection} sluit een lus, maar niet elke weg van de start naar '{activity}' komt langs '{loopStart}': " +
        "zodra deze verbinding genomen wordt, stopt de workflow met een fout (zo doet Elsa het ook); laat de lus beginnen bij de stap waar hij naar terugkeert " +
        "(connection {connection} closes a loop, but '{loopStartId}' does not lie on every path from the start to '{activityId}': " +
        "the workflow faults as soon as it is followed, as in Elsa; a loop must be entered through its first activity)");
    public static readonly ProblemCode OutcomeNotConnected = new(nameof(OutcomeNotConnected), "outcome '{port}' of '{activity}' is not connected; a case that takes it stops there without an end");
    public static readonly ProblemCode NoPathToEnd = new(nameof(NoPathToEnd), "no path from '{activity}' reaches an Elsa.End");
    public static readonly ProblemCode SubWorkflowUnknown = new(nameof(SubWorkflowUnknown), "sub-workflow '{definitionId}' is not among the definitions checked together");

    // Connections.
    public static readonly ProblemCode ConnectionSourceMissing = new(nameof(ConnectionSourceMissing), "connection {connection} starts at activity '{source}', which does not exist");
    public static readonly ProblemCode ConnectionTargetMissing = new(nameof(ConnectionTargetMissing), "connection {connection} ends at activity '{target}', which does not exist");
    public static readonly ProblemCode ConnectionDuplicate = new(nameof(ConnectionDuplicate), "duplicate connection {connection}");
    public static readonly ProblemCode OutcomePortUnknown = new(nameof(OutcomePortUnknown), "activity '{source}' ({type}) has no outcome port '{port}'; its ports are {ports}");
    public static readonly ProblemCode OutcomePortsNone = new(nameof(OutcomePortsNone), "activity '{source}' ({type}) has no outcome port '{port}'; it has no outcome ports");
    public static readonly ProblemCode InboundPortUnknown = new(nameof(InboundPortUnknown), "unknown inbound port '{port}' on activity '{target}'; the inbound port is 'In'");

    // Inputs of any activity.
    public static readonly ProblemCode ActivityTypeUnknown = new(nameof(ActivityTypeUnknown), "unknown activity type '{type}'");
    public static readonly ProblemCode WorkflowActivityUnknown = new(nameof(WorkflowActivityUnknown),
        "Stap '{activity}' ({type}) voert workflow '{definitionId}' uit, maar die is niet gepubliceerd als bruikbaar als activiteit (options.usableAsActivity) of bestaat niet; " +
        "publiceer die workflow eerst, of importeer hem samen met deze " +
        "(step '{activity}' ({type}) runs workflow '{definitionId}', which is not published as usable as an activity (options.usableAsActivity) or does not exist; " +
        "publish that workflow first, or import it together with this one)");
    public static readonly ProblemCode WorkflowActivityVersionNotPublished = new(nameof(WorkflowActivityVersionNotPublished),
        "Stap '{activity}' noemt versie '{versionId}' van workflow '{workflow}'; gepubliceerd is versie {published} ('{publishedVersionId}'). " +
        "Zolang versie '{versionId}' bestaat, voert de stap die uit, zoals Elsa; voeg de stap opnieuw toe uit het palet om de gepubliceerde versie te gebruiken " +
        "(step '{activity}' names version '{versionId}' of workflow '{workflow}'; version {published} ('{publishedVersionId}') is published. " +
        "While version '{versionId}' exists the step runs it, as Elsa does; add the step again from the palette to use the published version)");
    public static readonly ProblemCode InputMissing = new(nameof(InputMissing), "required input '{input}' is missing");
    public static readonly ProblemCode InputNull = new(nameof(InputNull), "required input '{input}' is given as null");
    public static readonly ProblemCode InputMustBeFixed = new(nameof(InputMustBeFixed), "input '{input}' must be a fixed value, not a {expressionType} expression");
    public static readonly ProblemCode InputNotSetElsaDefault = new(nameof(InputNotSetElsaDefault),
        "'{activity}': '{input}' is niet ingevuld, dus {effectNl} (zo doet Elsa het ook); vul '{input}' in als dat niet de bedoeling is " +
        "('{activity}': input '{input}' is not set, so it {effectEn}, as in Elsa; set '{input}' if that is not what you mean)");
    public static readonly ProblemCode ExpressionInvalid = new(nameof(ExpressionInvalid), "{detail}");
    public static readonly ProblemCode JsonInputInvalid = new(nameof(JsonInputInvalid), "{input} is not valid JSON: {detail}");
    public static readonly ProblemCode NamesInvalid = new(nameof(NamesInvalid), "{input} must be a list of {what}: {detail}");
    public static readonly ProblemCode NameEmpty = new(nameof(NameEmpty), "an entry of {input} is empty");
    public static readonly ProblemCode NameDuplicate = new(nameof(NameDuplicate), "duplicate entry '{name}' in {input}");
    public static readonly ProblemCode TextEmpty = new(nameof(TextEmpty), "the {what} is empty");
    public static readonly ProblemCode NumberNegative = new(nameof(NumberNegative), "{input} cannot be negative");

    // Core activities.
    public static readonly ProblemCode CasesInvalidJson = new(nameof(CasesInvalidJson), "cases is not valid JSON: {detail}");
    public static readonly ProblemCode CasesNotAList = new(nameof(CasesNotAList), "cases must be a list of { label, condition }");
    public static readonly ProblemCode CaseWithoutLabel = new(nameof(CaseWithoutLabel), "every case needs a label (it is the outcome port)");
    public static readonly ProblemCode CaseLabelDuplicate = new(nameof(CaseLabelDuplicate), "duplicate case label '{label}'");
    public static readonly ProblemCode BodyNotSupported = new(nameof(BodyNotSupported),
        "'{activity}' heeft een body ({type}) die Elsa uitvoert, maar deze engine nog niet; zet de stappen van de body in de flowchart zelf " +
        "('{activity}' has a body ({type}) that Elsa runs but this engine cannot yet; move the body's activities into the flowchart itself)");
    public static readonly ProblemCode BranchesInvalid = new(nameof(BranchesInvalid), "branches must be a list of names: {detail}");
    public static readonly ProblemCode ForkWithoutBranches = new(nameof(ForkWithoutBranches), "the fork names no branch; it continues at 'Done', as in Elsa");
    public static readonly ProblemCode VariableNotNamed = new(nameof(VariableNotNamed), "required input 'variable' is missing: name the variable to set");
    public static readonly ProblemCode VariableNotDeclared = new(nameof(VariableNotDeclared), "variable '{variable}' is not declared in the workflow");
    public static readonly ProblemCode IntervalNotPositive = new(nameof(IntervalNotPositive), "interval must be positive, got {duration}");
    public static readonly ProblemCode WaitNegative = new(nameof(WaitNegative), "{what} of {duration} is negative; a timer cannot wait for a moment that has passed");
    public static readonly ProblemCode WaitTooLong = new(nameof(WaitTooLong), "{what} of {days} days is more than 1000 years; no moment that far ahead can be scheduled");
    public static readonly ProblemCode DurationReadAsDays = new(nameof(DurationReadAsDays),
        "'{text}' betekent {days} dagen (ook in Elsa: een getal zonder dubbele punt telt als dagen); schrijf {written} als dat de bedoeling is " +
        "('{text}' means {days} days, in Elsa too; write {written} if that is meant)");
    public static readonly ProblemCode DurationHoursReadAsDays = new(nameof(DurationHoursReadAsDays),
        "'{text}' betekent {days} dagen (ook in Elsa: uren boven 23 tellen als dagen); schrijf {written} als dat de bedoeling is, of {asHours} voor {hours} uur " +
        "('{text}' means {days} days, in Elsa too; write {written} if that is meant, or {asHours} for {hours} hours)");
    public static readonly ProblemCode CronNeverMatches = new(nameof(CronNeverMatches), "cron expression '{cron}' never matches (no such day in any year)");
    public static readonly ProblemCode CronInvalid = new(nameof(CronInvalid), "{detail}");

    // Friction annotation (FrictionAnnotation owns the rules).
    public static readonly ProblemCode FrictionNotAnObject = new(nameof(FrictionNotAnObject),
        "the friction annotation must be an object with origin, basis, actor, minutes, citizenMinutes, outOfPocket and purpose, not {value}");
    public static readonly ProblemCode FrictionOriginInvalid = new(nameof(FrictionOriginInvalid), "origin must be one of {origins}, not {value}");
    public static readonly ProblemCode FrictionTextInvalid = new(nameof(FrictionTextInvalid), "{field} must be a text, not {value}");
    public static readonly ProblemCode FrictionAmountInvalid = new(nameof(FrictionAmountInvalid), "{field} must be a number, 0 or more, not {value}");
    public static readonly ProblemCode FrictionMissing = new(nameof(FrictionMissing), "the friction annotation is missing; reports count this step as unannotated");
    public static readonly ProblemCode FrictionOriginMissing = new(nameof(FrictionOriginMissing), "origin must be one of {origins}");
    public static readonly ProblemCode FrictionTextMissing = new(nameof(FrictionTextMissing), "{field} must be a non-empty text");
    public static readonly ProblemCode FrictionAmountMissing = new(nameof(FrictionAmountMissing), "{field} must be a number, 0 or more");

    // Service steps.
    public static readonly ProblemCode RequestEmpty = new(nameof(RequestEmpty), "request names no service step; give the request name, e.g. CheckCompleteness");
    public static readonly ProblemCode StepCatalogueMissing = new(nameof(StepCatalogueMissing),
        "this host cannot check service step requests: its activity registry has no step catalogue (build it with CaseworkActivities.CreateRegistry)");
    public static readonly ProblemCode RequestUnknown = new(nameof(RequestUnknown), "unknown service step request '{request}'; known requests: {known}");
    public static readonly ProblemCode RequestInputsMismatch = new(nameof(RequestInputsMismatch), "inputs do not fit request '{request}': {detail}");
    public static readonly ProblemCode InputsNotJson = new(nameof(InputsNotJson), "inputs must be a JSON object: {detail}");
    public static readonly ProblemCode InputsNotAnObject = new(nameof(InputsNotAnObject), "inputs must be a JSON object, not {kind}");
    public static readonly ProblemCode OutcomesInvalid = new(nameof(OutcomesInvalid), "outcomes must be a list of outcome names: {detail}");
    public static readonly ProblemCode OutcomesNone = new(nameof(OutcomesNone), "outcomes must name at least one outcome");
    public static readonly ProblemCode OutcomeWithoutName = new(nameof(OutcomeWithoutName), "an outcome needs a name");
    public static readonly ProblemCode OutcomeDuplicate = new(nameof(OutcomeDuplicate), "duplicate outcome '{outcome}'");

    // Discretion points.
    public static readonly ProblemCode DefaultOptionEmpty = new(nameof(DefaultOptionEmpty), "the default option is empty");
    public static readonly ProblemCode DefaultOptionUnknown = new(nameof(DefaultOptionUnknown), "default option '{option}' is not one of the options: {options}");
    public static readonly ProblemCode LegalBasisEmpty = new(nameof(LegalBasisEmpty), "the legal basis is empty; name the article that leaves room to decide");
    public static readonly ProblemCode DiscretionKindUnknown = new(nameof(DiscretionKindUnknown),
        "Soort '{kind}' bestaat niet: kies discretion (de wet laat ruimte) of rule (een regeltoets) (unknown kind)");
    public static readonly ProblemCode DefaultBasisUnknown = new(nameof(DefaultBasisUnknown),
        "Grond van de standaard '{basis}' bestaat niet: kies werkwijze (afwijken motiveren, Awb 3:46) of beleidsregel (Awb 4:84) (unknown default basis)");
    public static readonly ProblemCode OptionsNotAList = new(nameof(OptionsNotAList), "options must be a list of { id, label, explanation }");
    public static readonly ProblemCode OptionNotAnObject = new(nameof(OptionNotAnObject), "an option must be an object { id, label, explanation }");
    public static readonly ProblemCode OptionWithoutId = new(nameof(OptionWithoutId), "an option needs an id (it is the outcome port)");
    public static readonly ProblemCode OptionIdDuplicate = new(nameof(OptionIdDuplicate), "duplicate option id '{option}'");
    public static readonly ProblemCode OptionsTooFew = new(nameof(OptionsTooFew), "a discretion point needs at least two options; it has {count}");

    // Human tasks and their forms.
    public static readonly ProblemCode ActionsNone = new(nameof(ActionsNone), "a task needs at least one action (default: Gereed)");
    public static readonly ProblemCode FormFieldsNotAList = new(nameof(FormFieldsNotAList), "formFields must be a list of { name, label, type, required, options }");
    public static readonly ProblemCode FormFieldNotAnObject = new(nameof(FormFieldNotAnObject), "a form field must be an object { name, label, type, required, options }");
    public static readonly ProblemCode FormFieldWithoutName = new(nameof(FormFieldWithoutName), "a form field needs a name");
    public static readonly ProblemCode FormFieldNameInvalid = new(nameof(FormFieldNameInvalid), "field name '{name}' must start with a letter and hold only letters, digits and _");
    public static readonly ProblemCode FormFieldNameDuplicate = new(nameof(FormFieldNameDuplicate), "duplicate field name '{name}'");
    public static readonly ProblemCode FormFieldTypeUnknown = new(nameof(FormFieldTypeUnknown), "unknown field type '{type}'; use text, textarea, number, date, boolean or choice");
    public static readonly ProblemCode FormFieldRequiredInvalid = new(nameof(FormFieldRequiredInvalid), "required must be true or false");
    public static readonly ProblemCode FormOptionEmpty = new(nameof(FormOptionEmpty), "an option must be a non-empty string");
    public static readonly ProblemCode FormOptionDuplicate = new(nameof(FormOptionDuplicate), "duplicate option '{option}'");
    public static readonly ProblemCode FormOptionsNotAList = new(nameof(FormOptionsNotAList), "options must be a list of strings");
    public static readonly ProblemCode FormChoiceWithoutOptions = new(nameof(FormChoiceWithoutOptions), "choice field '{name}' needs at least one option");

    // Legal clocks.
    public static readonly ProblemCode ClockActionUnknown = new(nameof(ClockActionUnknown), "unknown clock action '{action}'; use start, suspend, resume, extend or stop");
    public static readonly ProblemCode ClockTermMissing = new(nameof(ClockTermMissing), "a start needs a term, e.g. \"6 weeks\" or \"setting:onderzoekstermijn\"");
    public static readonly ProblemCode ClockExtensionMissing = new(nameof(ClockExtensionMissing), "an extension needs a term, e.g. \"6 weeks\"");
    public static readonly ProblemCode ClockExtensionReasonMissing = new(nameof(ClockExtensionReasonMissing), "an extension (verdaging, Awb 4:14) needs a reason");
    public static readonly ProblemCode ClockSuspensionReasonMissing = new(nameof(ClockSuspensionReasonMissing), "a suspension (opschorting, Awb 4:15) needs a reason");
    public static readonly ProblemCode ClockOptionUnknown = new(nameof(ClockOptionUnknown), "unknown {input} '{value}'; use {options}");
    public static readonly ProblemCode ClockSettingUnnamed = new(nameof(ClockSettingUnnamed), "'{value}' names no setting; write e.g. setting:onderzoekstermijn");
    public static readonly ProblemCode ClockTermInvalid = new(nameof(ClockTermInvalid), "{detail}");
    public static readonly ProblemCode ClockTermInHours = new(nameof(ClockTermInHours), "a legal clock counts days; a term of {term} cannot run on it");

    /// <summary>Every code, for the tests that check each has its translations.</summary>
    public static IReadOnlyList<ProblemCode> All { get; } =
        [.. typeof(ProblemCodes).GetFields().Where(f => f.FieldType == typeof(ProblemCode)).Select(f => (ProblemCode)f.GetValue(null)!)];

    private static readonly Dictionary<string, ProblemCode> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The code of that name, or null.</summary>
    public static ProblemCode? Find(string code) => ByCode.GetValueOrDefault(code);
}
