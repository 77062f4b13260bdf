using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MvcSite.Data;

/// <summary>The site's own database: its members in its own AspNetUsers table.</summary>
public sealed class SiteDbContext(DbContextOptions<SiteDbContext> options) : IdentityDbContext(options);
