using Chatflows;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
builder.Services.AddChatflows();

var app = builder.Build();
app.MapChatflows();
app.MapRazorPages();
app.Run();
