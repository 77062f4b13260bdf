using Chatflows;
using Chatflows.Host.Theming;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddChatflows();
builder.Services.AddLiquidTheme();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.MapChatflows();
app.MapDemoSite();
app.Run();

/// <summary>Entry point; public so tests can host the demo with WebApplicationFactory.</summary>
public partial class Program;
