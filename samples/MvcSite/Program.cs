using Chatflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MvcSite.Data;

var builder = WebApplication.CreateBuilder(args);

// The site as it was before Chatflows: its own database, Identity, sign-in rule, OpenAPI and Data Protection.
builder.Services.AddDbContext<SiteDbContext>(options => options.UseSqlite(builder.Configuration.GetConnectionString("Site")));
builder.Services.AddIdentity<IdentityUser, IdentityRole>(identity => identity.Password.RequiredLength = 8)
    .AddEntityFrameworkStores<SiteDbContext>();
builder.Services.ConfigureApplicationCookie(cookie => cookie.LoginPath = "/Account/SignIn");
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
builder.Services.AddControllersWithViews();
builder.Services.AddOpenApi();
builder.Services.AddDataProtection().SetApplicationName("MvcSite")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, "App_Data", "keys")));
builder.Services.AddHostedService<SiteSeeder>();

builder.Services.AddChatflows();   // reads the "Chatflows" configuration section

var app = builder.Build();
app.UseExceptionHandler("/Home/Error");
app.UseRouting();
app.UseAuthorization();

app.MapChatflows();                // the widget in your pages, the visitor API, the admin

app.MapOpenApi().AllowAnonymous();
app.MapGet("/api/members/count", (SiteDbContext db) => db.Users.CountAsync()).WithName("CountMembers");
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
app.Run();

/// <summary>Entry point; public so tests can host the sample with WebApplicationFactory.</summary>
public partial class Program;
