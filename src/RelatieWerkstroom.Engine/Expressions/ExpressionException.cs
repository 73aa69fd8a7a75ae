namespace RelatieWerkstroom.Engine.Expressions;

/// <summary>An expression could not be compiled or evaluated; the message says why.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
