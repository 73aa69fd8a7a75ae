using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace RelatieWerkstroom.Web.Security;

/// <summary>Gives each endpoint of the API group the authorisation of its row in <see cref="ApiPolicy.Table"/>.</summary>
public static class ApiPolicyConvention
{
    /// <summary>Applies the table to every endpoint mapped in <paramref name="api"/>; an endpoint without a row fails the start.</summary>
    public static RouteGroupBuilder WithApiPolicy(this RouteGroupBuilder api)
    {
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route) return;
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            foreach (var method in methods)
            {
                var access = ApiPolicy.Find(method, Text(route.RoutePattern))
                    ?? throw new InvalidOperationException($"{method} {Text(route.RoutePattern)} has no row in ApiPolicy.Table; add one");
                if (access.Anonymous) endpoint.Metadata.Add(new AllowAnonymousAttribute());
                else endpoint.Metadata.Add(new AuthorizeAttribute { Roles = string.Join(",", access.Roles) });
            }
        });
        return api;
    }

    /// <summary>The route as the table writes it: a leading slash, parameters without constraints.</summary>
    public static string Text(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
