using Chatflows.KnowledgeBase;
using Chatflows.Recipes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Setup;

/// <summary>
/// Brings the database up to date before the server accepts requests (StartingAsync runs before
/// Kestrel starts): migrations, roles and their permissions, the first administrator, the setup recipe, then the
/// knowledge-base search index of this node.
/// </summary>
internal sealed partial class ChatflowsSetup(IServiceScopeFactory scopes, IOptions<ChatflowsOptions> options, ILogger<ChatflowsSetup> logger)
    : IHostedLifecycleService
{
    // Every phase is logged before it runs, so a start that hangs shows where.
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(db, cancellationToken);
            LogPhase(logger, "roles and the first administrator");
            await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<AdministratorSeeder>().SeedAsync(cancellationToken);
        }

        SampleData.SampleRequest? samples = null;
        if (options.Value.Setup.Recipe is { Length: > 0 } recipe)
        {
            LogRecipe(logger, recipe);
            samples = await ApplySetupRecipeAsync(recipe, cancellationToken);
        }

        // Last, so the check also counts what the setup recipe just wrote.
        LogPhase(logger, "knowledge-base search index");
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KnowledgeIndexSync>().SyncAsync(cancellationToken);
        }

        // After the index, so sample visitors who search find the recipe's articles.
        if (samples is not null && options.Value.Setup.SampleData)
        {
            LogPhase(logger, "sample conversations");
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SampleData.SampleSeeder>().SeedAsync(samples, cancellationToken);
        }

        LogReady(logger);
    }

    // Returns the sample conversations the recipe asked for, written once it has committed.
    private async Task<SampleData.SampleRequest?> ApplySetupRecipeAsync(string recipe, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();

        // Only a database no recipe has touched yet gets the setup recipe: never twice, never over real data.
        if (await db.RecipeExecutions.AnyAsync(cancellationToken))
        {
            return null;
        }

        var json = await scope.ServiceProvider.GetRequiredService<RecipeFiles>().ReadAsync(recipe, cancellationToken);
        try
        {
            return await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ApplyAsync(recipe, json, cancellationToken)
                ? scope.ServiceProvider.GetRequiredService<SampleData.PendingSamples>().Request
                : null;
        }
        catch (DbUpdateException) when (options.Value.Database.Provider == DatabaseProvider.Postgres)
        {
            // Two nodes raced on an empty database: the unique recipe name let exactly one of them win.
            if (!await AppliedByAnotherNodeAsync(recipe, cancellationToken))
            {
                throw;
            }

            LogAppliedElsewhere(logger, recipe);
            return null;
        }
    }

    private async Task<bool> AppliedByAnotherNodeAsync(string recipe, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
        return await db.RecipeExecutions.AnyAsync(r => r.RecipeName == recipe, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Phase}")]
    private static partial void LogPhase(ILogger logger, string phase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: setup recipe {Recipe}, unless a recipe was applied before")]
    private static partial void LogRecipe(ILogger logger, string recipe);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: the database and this node's index are ready; the server starts")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Setup recipe {Recipe} was applied by another node")]
    private static partial void LogAppliedElsewhere(ILogger logger, string recipe);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
