namespace RelatieWerkstroom.Web.AccessLog;

/// <summary>Registers the access log.</summary>
public static class AccessLogServiceExtensions
{
    /// <summary>Adds the <see cref="AccessLogWriter"/> (scoped, on the request's database context).</summary>
    public static IServiceCollection AddWerkstroomAccessLog(this IServiceCollection services) => services.AddScoped<AccessLogWriter>();
}
