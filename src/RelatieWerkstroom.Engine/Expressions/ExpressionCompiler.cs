using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima;
using Jint;
using JsEngine = Jint.Engine;
using RelatieWerkstroom.Engine.Definitions;

namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>Compiles the expressions of one definition (knows its variables, so references can be checked).</summary>
/// <param name="variableNames">Names of the declared variables.</param>
/// <param name="variableIds">Ids of declared variables whose id differs from the name, mapped to the name (Elsa may refer by id).</param>
public sealed class ExpressionCompiler(IReadOnlyCollection<string> variableNames, IReadOnlyDictionary<string, string>? variableIds = null)
{
    /// <summary>Compiles an input value for a target CLR type. Throws <see cref="ExpressionException"/> on any problem.</summary>
    public IExpression Compile(InputValue value, Type targetType)
    {
        switch (value.ExpressionType)
        {
            case "Literal":
            {
                object? literal = value.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.Value;
                try
                {
                    ValueConverter.Convert(literal, targetType);
                }
                catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
                {
                    throw new ExpressionException(ex.Message);
                }
                return new LiteralExpression(literal);
            }
            case "Object":
            {
                var text = value.Text;
                JsonNode? node;
                try
                {
                    node = value.Value is JsonValue jv && jv.TryGetValue<string>(out var str) ? (string.IsNullOrWhiteSpace(str) ? null : JsonNode.Parse(str)) : value.Value?.DeepClone();
                }
                catch (JsonException ex)
                {
                    throw new ExpressionException($"Object expression is not valid JSON: {text} ({ex.Message.Split(". ")[0]})");
                }
                return new ObjectExpression(node);
            }
            case "Variable":
            {
                // Elsa refers to the variable by name, by id, or with an object { id, name }.
                var name = value.Value is JsonObject reference && reference.GetString("name") is null ? reference.GetString("id") : value.Text;
                if (string.IsNullOrWhiteSpace(name)) throw new ExpressionException("Variable expression names no variable");
                if (!variableNames.Contains(name) && variableIds?.GetValueOrDefault(name) is { } byId) name = byId;
                if (!variableNames.Contains(name)) throw new ExpressionException($"Variable '{name}' is not declared in the workflow");
                return new VariableExpression(name);
            }
            case "JavaScript":
                return CompileJavaScript(value.Text ?? "");
            default:
                throw new ExpressionException($"Unknown expression type '{value.ExpressionType}' (expected Literal, Object, Variable or JavaScript)");
        }
    }

    /// <summary>Parses a JavaScript expression or script.</summary>
    public static JavaScriptExpression CompileJavaScript(string source)
    {
        try
        {
            return new JavaScriptExpression(source, JsEngine.PrepareScript(source));
        }
        catch (ParseErrorException ex)
        {
            throw new ExpressionException($"JavaScript does not parse: {ex.Description} (line {ex.LineNumber}, column {ex.Column})", ex);
        }
        catch (ScriptPreparationException ex) when (ex.InnerException is ParseErrorException parse)
        {
            // Jint wraps the parser's error when it prepares a script.
            throw new ExpressionException($"JavaScript does not parse: {parse.Description} (line {parse.LineNumber}, column {parse.Column})", ex);
        }
        catch (ScriptPreparationException ex)
        {
            throw new ExpressionException($"JavaScript does not parse: {ex.Message}", ex);
        }
    }
}
