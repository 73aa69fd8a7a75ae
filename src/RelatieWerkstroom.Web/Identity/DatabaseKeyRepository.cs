using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using RelatieWerkstroom.Persistence;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Web.Identity;

/// <summary>
/// Keeps the data-protection key ring in the application database (table <c>DataProtectionKeys</c>), so that a sign-in
/// cookie or antiforgery token made by one node is accepted by every other node on the same database, and survives a
/// restart. Data protection only ever adds keys; it reads the whole ring now and then and caches it.
/// </summary>
public sealed class DatabaseKeyRepository(IDbContextFactory<WerkstroomDbContext> contexts) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(x => XElement.Parse(x))];
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
