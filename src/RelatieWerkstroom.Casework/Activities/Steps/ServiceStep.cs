using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using RelatieWerkstroom.Casework.Steps;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Expressions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Activities.Steps;

/// <summary>Sends the request named in the definition, built from the step's inputs, to its MediatR handler; the handler's result picks the outcome.</summary>
[Activity("RelatieWerkstroom.ServiceStep", "Casework", "Service step",
    Description = "Runs a named service step (a MediatR request); the handler's result picks the outcome.")]
public sealed class ServiceStep : Activity, IDynamicOutcomes
{
    private static readonly PropertyInfo ContextProperty = typeof(IStepRequest).GetProperty(nameof(IStepRequest.Context))!;
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();
    private static readonly JsonSerializerOptions RequestOptions = new(JsonSerializerDefaults.Web);
    private static readonly Func<object, object> ShallowCopy =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Func<object, object>>();
    private static readonly ConcurrentDictionary<Type, bool> CopyableTypes = new();

    private string[] _outcomes = [StepResult.DefaultOutcome];
    private ActivityResult[] _results = [ActivityResult.Done()];
    private byte[]? _fixedInputs = EmptyObject;
    private ResolvedServices? _resolved;
    private StepCatalogue? _boundCatalogue;
    private RequestTemplate? _template;

    /// <summary>The request name, e.g. <c>CheckCompleteness</c> (see <see cref="StepCatalogue"/>).</summary>
    [Input(Description = "The name of the service step request, e.g. CheckCompleteness.", Required = true, SupportsExpressions = false)]
    public Input<string?> Request { get; set; } = new((string?)null);

    /// <summary>The request's properties as a JSON object (matched case-insensitively).</summary>
    [Input(Description = "The request's properties as a JSON object.", UIHint = UIHints.Json)]
    public Input<JsonNode?> Inputs { get; set; } = new((JsonNode?)null);

    /// <summary>The outcome ports the handler may choose from.</summary>
    [Input(Description = "The outcomes the handler may choose from; each is an outcome port.", UIHint = UIHints.List,
        SupportsExpressions = false, DefaultValue = new[] { StepResult.DefaultOutcome })]
    public Input<string[]?> Outcomes { get; set; } = new([StepResult.DefaultOutcome]);

    /// <summary>The handler's outputs (a JSON object), for definitions that point this output at a variable.</summary>
    [Output(Description = "The outputs the handler returned.")]
    public object? Result { get; set; }

    /// <inheritdoc />
    public IReadOnlyList<string> GetOutcomes() => _outcomes;

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        BindOutcomes(binder);

        // Inputs written as a fixed JSON object are serialized once; expressions are evaluated when the step runs.
        _fixedInputs = Inputs.IsSet && Inputs.Expression is not ObjectExpression and not LiteralExpression ? null : FixedInputs(binder);

        var name = Request.IsConstant ? Request.Constant : null;
        if (name is null) return; // a missing required input is reported by the compiler
        if (string.IsNullOrWhiteSpace(name))
        {
            binder.Report("request", ProblemCodes.RequestEmpty);
            return;
        }
        if (binder.GetService<StepCatalogue>() is not { } catalogue)
        {
            binder.Report("request", ProblemCodes.StepCatalogueMissing);
            return;
        }
        _boundCatalogue = catalogue;
        if (!catalogue.TryFind(name, out var requestType))
        {
            binder.Report("request", ProblemCodes.RequestUnknown, ("request", name), ("known", catalogue.Names));
            return;
        }
        if (_fixedInputs is not null)
        {
            try
            {
                JsonSerializer.Deserialize(_fixedInputs, requestType, RequestOptions);
            }
            catch (JsonException ex)
            {
                binder.Report("inputs", ProblemCodes.RequestInputsMismatch, ("request", name), ("detail", ex.Message));
            }
        }
    }

    /// <inheritdoc />
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var name = Request.Get(context);
        if (string.IsNullOrWhiteSpace(name))
            throw new InvalidOperationException($"service step '{Node.Label}' names no request");
        var (catalogue, mediator) = Resolve(context.Services);
        if (!catalogue.TryFind(name, out var requestType))
            throw new InvalidOperationException($"service step '{Node.Label}' sends request '{name}', but no handler assembly defines it");
        if (mediator is null)
            throw new InvalidOperationException($"service step '{Node.Label}' cannot send '{name}': no IMediator is registered (call services.AddCasework())");

        var request = BuildRequest(context, name, requestType);
        StepResult? result;
        using (StepExecutionScope.Enter(context, name))
            result = await mediator.Send(request, context.Burst.CancellationToken);

        if (result is null)
            throw new InvalidOperationException($"the handler of '{name}' (service step '{Node.Label}') returned no result");
        var index = Array.IndexOf(_outcomes, result.Outcome);
        if (index < 0)
            throw new InvalidOperationException(
                $"the handler of '{name}' chose outcome '{result.Outcome}', which service step '{Node.Label}' does not declare; declared outcomes: {string.Join(", ", _outcomes)}");

        if (result.Outputs is { Count: > 0 } outputs) StoreOutputs(context, outputs);
        return _results[index];
    }

    /// <summary>
    /// The catalogue and mediator of the host's services. The runtime hands every step the same provider, so they are
    /// resolved once per provider rather than once per run (the mediator is stateless apart from that provider).
    /// </summary>
    private (StepCatalogue Catalogue, IMediator? Mediator) Resolve(IServiceProvider services)
    {
        var resolved = _resolved;
        if (resolved is null || !ReferenceEquals(resolved.Services, services))
        {
            resolved = new ResolvedServices(services,
                services.GetService(typeof(StepCatalogue)) as StepCatalogue ?? _boundCatalogue ?? new StepCatalogue(),
                services.GetService(typeof(IMediator)) as IMediator);
            _resolved = resolved;
        }
        return (resolved.Catalogue, resolved.Mediator);
    }

    private IRequest<StepResult> BuildRequest(ActivityExecutionContext context, string name, Type requestType)
    {
        object? request;
        try
        {
            if (_fixedInputs is not null && _template is { } template && template.Type == requestType)
            {
                request = ShallowCopy(template.Request);
            }
            else if (_fixedInputs is not null)
            {
                request = JsonSerializer.Deserialize(_fixedInputs, requestType, RequestOptions);
                // Fixed inputs give the same request every run: keep it and copy it, when a copy cannot share anything mutable.
                if (request is not null && IsCopyable(requestType))
                    _template = new RequestTemplate(requestType, JsonSerializer.Deserialize(_fixedInputs, requestType, RequestOptions)!);
            }
            else
            {
                var inputs = Inputs.Get(context);
                if (inputs is not null and not JsonObject)
                    throw new InvalidOperationException($"inputs of service step '{Node.Label}' must be a JSON object, not {inputs.GetValueKind()}");
                request = (inputs ?? new JsonObject()).Deserialize(requestType, RequestOptions);
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"inputs of service step '{Node.Label}' do not fit request '{name}': {ex.Message}", ex);
        }
        if (request is null)
            throw new InvalidOperationException($"inputs of service step '{Node.Label}' gave no request '{name}'");
        if (request is IStepRequest)
        {
            var instance = context.Instance;
            ContextProperty.SetValue(request, new StepContext(instance.Id, instance.DefinitionId, instance.CorrelationId, Node.Id, context.Actor, context.Now));
        }
        return (IRequest<StepResult>)request;
    }

    private static void StoreOutputs(ActivityExecutionContext context, JsonObject outputs)
    {
        var variables = context.Graph.Definition.Variables;
        foreach (var (key, value) in outputs)
        {
            if (variables.Any(v => v.Name == key)) context.SetVariable(key, value);
            else context.SetOutput(key, value);
        }
        context.SetOutputReference("result", outputs);
    }

    private void BindOutcomes(ActivityBinder binder)
    {
        var raw = binder.Node.Input("outcomes");
        if (raw is null) return;
        string[]? outcomes;
        try
        {
            outcomes = (string[]?)ValueConverter.Convert(raw.Value, typeof(string[]));
        }
        catch (FormatException ex)
        {
            binder.Report("outcomes", ProblemCodes.OutcomesInvalid, ("detail", ex.Message));
            return;
        }
        if (outcomes is null || outcomes.Length == 0)
        {
            binder.Report("outcomes", ProblemCodes.OutcomesNone);
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(outcomes[i])) binder.Report($"outcomes[{i}]", ProblemCodes.OutcomeWithoutName);
            else if (!seen.Add(outcomes[i])) binder.Report($"outcomes[{i}]", ProblemCodes.OutcomeDuplicate, ("outcome", outcomes[i]));
        }
        _outcomes = outcomes;
        _results = [.. outcomes.Select(o => ActivityResult.Outcome(o))];
    }

    private byte[]? FixedInputs(ActivityBinder binder)
    {
        var raw = binder.Node.Input("inputs");
        if (raw is null) return EmptyObject;
        JsonNode? node;
        try
        {
            node = (JsonNode?)ValueConverter.Convert(raw.Value, typeof(JsonNode));
            if (node is JsonValue text && text.TryGetValue<string>(out var json))
                node = string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            binder.Report("inputs", ProblemCodes.InputsNotJson, ("detail", ex.Message));
            return null;
        }
        switch (node)
        {
            case null:
                return EmptyObject;
            case JsonObject obj:
                return JsonSerializer.SerializeToUtf8Bytes(obj, RequestOptions);
            default:
                binder.Report("inputs", ProblemCodes.InputsNotAnObject, ("kind", node.GetValueKind()));
                return null;
        }
    }

    /// <summary>Whether a shallow copy of the type shares nothing a handler could change: only immutable scalar fields.</summary>
    private static bool IsCopyable(Type type) => CopyableTypes.GetOrAdd(type, static t =>
    {
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var fieldType = Nullable.GetUnderlyingType(field.FieldType) ?? field.FieldType;
                var immutable = fieldType.IsPrimitive || fieldType.IsEnum || fieldType == typeof(string) || fieldType == typeof(decimal)
                    || fieldType == typeof(DateTime) || fieldType == typeof(DateTimeOffset) || fieldType == typeof(DateOnly)
                    || fieldType == typeof(TimeOnly) || fieldType == typeof(TimeSpan) || fieldType == typeof(Guid)
                    || fieldType == typeof(StepContext) || fieldType == typeof(Type);
                if (!immutable) return false;
            }
        return true;
    });

    private sealed record RequestTemplate(Type Type, object Request);

    private sealed record ResolvedServices(IServiceProvider Services, StepCatalogue Catalogue, IMediator? Mediator);
}
