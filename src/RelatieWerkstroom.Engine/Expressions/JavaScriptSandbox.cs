using System.Text.Json.Nodes;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>One Jint engine per burst, with limits on time, memory, recursion and statements.</summary>
/// <remarks>
/// Workflow variables are reachable as <c>getX()</c> / <c>setX(v)</c> and as <c>variables.X</c>; as in Elsa 3, the
/// workflow's input as <c>getInput(name)</c> and, for each input the definition declares, <c>getName()</c>; and
/// <c>getCorrelationId()</c> / <c>setCorrelationId(v)</c>, <c>getWorkflowInstanceId()</c>, <c>getWorkflowDefinitionId()</c>;
/// an activity's last output as <c>getOutputFrom(activity, output)</c> and <c>get&lt;Output&gt;From&lt;Activity&gt;()</c>
/// (activity by id or name, names in PascalCase as Elsa makes them).
/// </remarks>
public sealed class JavaScriptSandbox : IDisposable
{
    private readonly JsEngine _engine;
    private readonly HashSet<string> _registered = new(StringComparer.Ordinal);
    private readonly long _memoryLimitBytes;
    private ActivityExecutionContext? _current;

    /// <summary>Creates the engine with the runtime's limits; <paramref name="burstDeadline"/> stops any script once the burst's time is up.</summary>
    public JavaScriptSandbox(RuntimeOptions options, CancellationToken burstDeadline = default)
    {
        _memoryLimitBytes = options.JavaScriptMemoryLimitBytes;
        _engine = new JsEngine(o =>
        {
            o.TimeoutInterval(options.JavaScriptTimeout)
                .LimitMemory(options.JavaScriptMemoryLimitBytes)
                .LimitRecursion(options.JavaScriptRecursionLimit)
                .MaxStatements(options.JavaScriptMaxStatements)
                .CancellationToken(burstDeadline)
                .Strict(false);
            // Jint checks memory between statements; one call that makes a huge array would pass the check first.
            o.Constraints.MaxArraySize = (uint)Math.Max(1024, options.JavaScriptMemoryLimitBytes / 16);
        });
        GuardAmplifyingBuiltIns();
        _engine.SetValue("variables", new VariablesObject(_engine, this));
        Function("getInput", args => ToJs(args.Length > 0 && args[0].IsString() ? _current?.Instance.Input.Get(args[0].AsString()) : null));
        Function("getCorrelationId", _ => _current?.Instance.CorrelationId is { } id ? new JsString(id) : JsValue.Null);
        Function("setCorrelationId", args =>
        {
            if (_current is not null) _current.Instance.CorrelationId = args.Length > 0 && !args[0].IsNull() && !args[0].IsUndefined() ? TypeConverter.ToString(args[0]) : null;
            return JsValue.Undefined;
        });
        Function("getWorkflowInstanceId", _ => _current is null ? JsValue.Null : new JsString(_current.Instance.Id));
        Function("getOutputFrom", args => args.Length > 0 && args[0].IsString()
            ? ToJs(OutputOf(args[0].AsString(), args.Length > 1 && args[1].IsString() ? args[1].AsString() : null))
            : JsValue.Null);
        Function("getWorkflowDefinitionId", _ => _current is null ? JsValue.Null : new JsString(_current.Graph.Definition.DefinitionId));
    }

    private void Function(string name, Func<JsValue[], JsValue> body) =>
        _engine.SetValue(name, new ClrFunction(_engine, name, (_, args) => body(args)));

    /// <summary>Evaluates a compiled expression for the running activity and returns a CLR value.</summary>
    public object? Evaluate(JavaScriptExpression expression, ActivityExecutionContext context)
    {
        _current = context;
        foreach (var variable in context.Graph.Definition.Variables) RegisterAccessors(variable.Name);
        foreach (var name in context.Instance.Variables.Keys) RegisterAccessors(name);
        // After the variables, as in Elsa: an input accessor wins over a variable of the same name.
        foreach (var input in context.Graph.Definition.InputNames) RegisterInputAccessor(input);
        foreach (var node in context.Graph.Nodes.Values)
            if (node.Descriptor is { Outputs.Count: > 0 } descriptor)
                foreach (var output in descriptor.Outputs) RegisterOutputAccessor(node.Node.Name is { Length: > 0 } name ? name : node.Id, output.Name);
        try
        {
            var result = _engine.Evaluate(expression.Script);
            return ToClr(result);
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionException(ExpressionException.WithScript($"JavaScript error: {ex.Error}", Shorten(expression.Source)), ex);
        }
        catch (Exception ex) when (ex is TimeoutException or MemoryLimitExceededException or RecursionDepthOverflowException or StatementsCountOverflowException)
        {
            throw new ExpressionException(ExpressionException.WithScript($"JavaScript stopped: {ex.Message}", Shorten(expression.Source)), ex);
        }
        catch (ExecutionCanceledException ex)
        {
            throw new ExpressionException(ExpressionException.WithScript("JavaScript stopped: the burst ran out of time", Shorten(expression.Source)), ex);
        }
        finally
        {
            _current = null;
        }
    }

    /// <summary>
    /// String built-ins that make a long string in one call ('x'.repeat(1e8)) are checked before they run: Jint's memory
    /// limit is checked between statements, so without this one call could take a gigabyte and be stored in the instance.
    /// </summary>
    private void GuardAmplifyingBuiltIns()
    {
        var strings = _engine.Evaluate("String.prototype").AsObject();
        Guard(strings, "repeat", 1, (self, args) => TypeConverter.ToString(self).Length * Count(args, 0));
        Guard(strings, "padStart", 2, (self, args) => Count(args, 0));
        Guard(strings, "padEnd", 2, (self, args) => Count(args, 0));
        Guard(strings, "concat", 1, (self, args) => TypeConverter.ToString(self).Length + args.Sum(a => (double)TypeConverter.ToString(a).Length));
        Guard(strings, "replaceAll", 2, ReplaceAllLength);
        Guard(_engine.Evaluate("Array.prototype").AsObject(), "join", 1, JoinLength);
    }

    private void Guard(ObjectInstance prototype, string name, int length, Func<JsValue, JsValue[], double> resultLength)
    {
        var original = prototype.Get(name);
        prototype.FastSetProperty(name, new PropertyDescriptor(new ClrFunction(_engine, name, (self, args) =>
        {
            var characters = resultLength(self, args);
            if (characters * 2 > _memoryLimitBytes)
                throw new JavaScriptException((ErrorConstructor)_engine.GetValue("RangeError"),
                    $"{name} would make a string of {characters:0} characters, more than the {_memoryLimitBytes / (1024 * 1024)} MB a script may use");
            return _engine.Call(original, self, args);
        }, length, PropertyFlag.Configurable), PropertyFlag.Writable | PropertyFlag.Configurable));
    }

    private static double Count(JsValue[] args, int index) =>
        args.Length > index && TypeConverter.ToNumber(args[index]) is var n && double.IsFinite(n) && n > 0 ? Math.Floor(n) : 0;

    // An exact count for a string pattern and string replacement; a function or RegExp replacement is bounded by the input.
    private static double ReplaceAllLength(JsValue self, JsValue[] args)
    {
        if (args.Length < 2 || !args[0].IsString() || !args[1].IsString()) return TypeConverter.ToString(self).Length;
        var text = TypeConverter.ToString(self);
        var pattern = args[0].AsString();
        var replacement = args[1].AsString();
        if (pattern.Length == 0) return text.Length + (text.Length + 1.0) * replacement.Length;
        var matches = 0.0;
        for (var at = text.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pattern, at + pattern.Length, StringComparison.Ordinal)) matches++;
        return text.Length + matches * (replacement.Length - pattern.Length);
    }

    private static double JoinLength(JsValue self, JsValue[] args)
    {
        if (self is not JsArray array) return 0;
        var count = (uint)TypeConverter.ToNumber(array.Get("length"));
        var separator = args.Length > 0 && !args[0].IsUndefined() ? TypeConverter.ToString(args[0]).Length : 1;
        var total = count > 0 ? (count - 1.0) * separator : 0;
        for (uint i = 0; i < count; i++)
            if (array.Get(i) is { } item && item.IsString()) total += item.AsString().Length;
        return total;
    }

    private void RegisterAccessors(string name)
    {
        if (!_registered.Add(name)) return;
        _engine.SetValue("get" + name, new ClrFunction(_engine, "get" + name, (_, _) => Read(name)));
        _engine.SetValue("set" + name, new ClrFunction(_engine, "set" + name, (_, args) =>
        {
            Write(name, args.Length > 0 ? args[0] : JsValue.Undefined);
            return JsValue.Undefined;
        }));
    }

    private void RegisterInputAccessor(string name)
    {
        if (!_registered.Add("input:" + name)) return;
        _engine.SetValue("get" + name, new ClrFunction(_engine, "get" + name, (_, _) => ToJs(_current?.Instance.Input.Get(name))));
    }

    private void RegisterOutputAccessor(string activity, string output)
    {
        var function = $"get{Pascal(output)}From{Pascal(activity)}";
        if (function.Any(c => !char.IsLetterOrDigit(c) && c != '_') || !_registered.Add(function)) return;
        _engine.SetValue(function, new ClrFunction(_engine, function, (_, _) => ToJs(OutputOf(activity, output))));
    }

    // Elsa (Humanizer) writes "mijn stap" as MijnStap and "result" as Result.
    private static string Pascal(string name) => string.Concat(name.Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
        .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    // By activity id, else by name; the output by name in any case, else the only one it has.
    private JsonNode? OutputOf(string activity, string? output)
    {
        if (_current is null) return null;
        var id = _current.Graph.Nodes.ContainsKey(activity) ? activity
            : _current.Graph.Nodes.Values.FirstOrDefault(n => string.Equals(n.Node.Name, activity, StringComparison.OrdinalIgnoreCase))?.Id;
        if (id is null || !_current.Instance.ActivityOutputs.TryGetValue(id, out var outputs)) return null;
        if (output is null) return outputs.Count == 1 ? outputs.First().Value : outputs.Get("result");
        return outputs.Get(output);
    }

    private JsValue Read(string name) => ToJs(_current?.Instance.Variables.GetValueOrDefault(name));

    private JsValue ToJs(JsonNode? node)
    {
        return node switch
        {
            null => JsValue.Null,
            JsonValue v when v.TryGetValue<string>(out var s) => new JsString(s),
            JsonValue v when v.TryGetValue<bool>(out var b) => b ? JsBoolean.True : JsBoolean.False,
            JsonValue v when v.TryGetValue<double>(out var d) => new JsNumber(d),
            _ => new JsonParser(_engine).Parse(node.ToJsonString()),
        };
    }

    private void Write(string name, JsValue value)
    {
        if (_current is null) return;
        try
        {
            _current.SetVariable(name, ToClr(value));
        }
        catch (InvalidOperationException ex)
        {
            // Surfaces as a JavaScript error, so the script and the variable both show up in the incident.
            throw new JavaScriptException(ex.Message);
        }
    }

    private static object? ToClr(JsValue value) => value.IsUndefined() || value.IsNull() ? null : value.ToObject();

    private static string Shorten(string s) => s.Length > 80 ? s[..77] + "..." : s;

    /// <inheritdoc />
    public void Dispose() => _engine.Dispose();

    /// <summary>The <c>variables</c> object: property reads and writes go to the instance's variables.</summary>
    private sealed class VariablesObject(JsEngine engine, JavaScriptSandbox sandbox) : ObjectInstance(engine)
    {
        public override JsValue Get(JsValue property, JsValue receiver) =>
            property.IsString() ? sandbox.Read(property.AsString()) : base.Get(property, receiver);

        public override bool Set(JsValue property, JsValue value, JsValue receiver)
        {
            if (!property.IsString()) return base.Set(property, value, receiver);
            sandbox.Write(property.AsString(), value);
            return true;
        }

        public override PropertyDescriptor GetOwnProperty(JsValue property) =>
            property.IsString() && sandbox._current?.Instance.Variables.ContainsKey(property.AsString()) == true
                ? new PropertyDescriptor(sandbox.Read(property.AsString()), PropertyFlag.AllForbidden | PropertyFlag.Enumerable | PropertyFlag.Writable)
                : base.GetOwnProperty(property);

        public override List<JsValue> GetOwnPropertyKeys(Types types = Types.Empty | Types.String | Types.Symbol) =>
            sandbox._current?.Instance.Variables.Keys.Select(k => (JsValue)new JsString(k)).ToList() ?? [];
    }
}
