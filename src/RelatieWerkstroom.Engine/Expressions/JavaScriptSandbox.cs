using System.Text.Json.Nodes;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>One Jint engine per burst, with limits on time, memory, recursion and statements.</summary>
/// <remarks>Workflow variables are reachable as <c>getX()</c> / <c>setX(v)</c> and as <c>variables.X</c>.</remarks>
public sealed class JavaScriptSandbox : IDisposable
{
    private readonly JsEngine _engine;
    private readonly HashSet<string> _registered = new(StringComparer.Ordinal);
    private ActivityExecutionContext? _current;

    /// <summary>Creates the engine with the runtime's limits.</summary>
    public JavaScriptSandbox(RuntimeOptions options)
    {
        _engine = new JsEngine(o => o
            .TimeoutInterval(options.JavaScriptTimeout)
            .LimitMemory(options.JavaScriptMemoryLimitBytes)
            .LimitRecursion(options.JavaScriptRecursionLimit)
            .MaxStatements(options.JavaScriptMaxStatements)
            .Strict(false));
        _engine.SetValue("variables", new VariablesObject(_engine, this));
    }

    /// <summary>Evaluates a compiled expression for the running activity and returns a CLR value.</summary>
    public object? Evaluate(JavaScriptExpression expression, ActivityExecutionContext context)
    {
        _current = context;
        foreach (var variable in context.Graph.Definition.Variables) RegisterAccessors(variable.Name);
        foreach (var name in context.Instance.Variables.Keys) RegisterAccessors(name);
        try
        {
            var result = _engine.Evaluate(expression.Script);
            return ToClr(result);
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionException($"JavaScript error: {ex.Error} (script: {Shorten(expression.Source)})", ex);
        }
        catch (Exception ex) when (ex is TimeoutException or MemoryLimitExceededException or RecursionDepthOverflowException or StatementsCountOverflowException)
        {
            throw new ExpressionException($"JavaScript stopped: {ex.Message} (script: {Shorten(expression.Source)})", ex);
        }
        finally
        {
            _current = null;
        }
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

    private JsValue Read(string name)
    {
        var node = _current?.Instance.Variables.GetValueOrDefault(name);
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
