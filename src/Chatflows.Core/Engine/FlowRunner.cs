using System.Text.Json;
using Chatflows.Core.Flows;
using Chatflows.Core.Text;

namespace Chatflows.Core.Engine;

/// <summary>
/// Runs one visitor turn: (published flow, state, input, environment) → (replies, new state, side
/// effects, events). Nothing is written here; the module stores the result in one transaction.
/// </summary>
public sealed class FlowRunner(ActionCatalog catalog, MessageTemplates templates)
{
    /// <summary>Most actions one turn may pass through; a flow that would go on is stopped with the error message.</summary>
    public const int MaxStepsPerTurn = 100;

    /// <summary>Prepares a published (validated) flow for running.</summary>
    /// <exception cref="InvalidOperationException">An action's type is not in the catalogue or its settings cannot be read.</exception>
    public CompiledFlow Compile(Chatflow flow, string chatName = "")
    {
        Dictionary<string, CompiledAction> actions = new(StringComparer.Ordinal);
        foreach (var action in flow.Actions)
        {
            var bot = catalog.Find(action.Type)
                ?? throw new InvalidOperationException($"Action '{action.Id}' has type '{action.Type}', which is not in the catalogue.");
            var settings = action.Settings.Deserialize(bot.SettingsType, FlowJson.Options)
                ?? throw new InvalidOperationException($"Action '{action.Id}' has no settings.");
            actions[action.Id] = new CompiledAction(action, bot, settings);
        }

        return new CompiledFlow(flow, actions, chatName);
    }

    public async ValueTask<TurnResult> RunAsync(
        CompiledFlow flow, ConversationState? state, TurnInput input, TurnEnvironment environment, CancellationToken cancellationToken = default)
    {
        state ??= ConversationState.Start(null, null, environment.Now);
        if (input.IsStart)
        {
            var run = new TurnRun(flow, environment, templates, ConversationState.Start(state.Contact, state.Company, environment.Now));
            run.Events.Add(new FlowEvent(FlowEventKind.Started));
            return await BeginAsync(flow, run, cancellationToken);
        }

        if (state.Status is ConversationStatus.Ended or ConversationStatus.HandedOff)
        {
            // The bot is done; the message is for the people in the inbox.
            return new TurnResult([], state with { LastActivity = environment.Now }, [], []);
        }

        var timedOut = environment.Now - state.LastActivity > NodaTime.Duration.FromMinutes(flow.Flow.Options.SessionTimeoutMinutes);
        var waiting = flow.Find(state.WaitingOn);
        if (timedOut || waiting is null)
        {
            // O2: a visitor who comes back after the timeout starts over from the welcome message. A flow
            // republished without the open question also starts over rather than guessing.
            var run = new TurnRun(flow, environment, templates, ConversationState.Start(state.Contact, state.Company, environment.Now));
            run.Events.Add(new FlowEvent(FlowEventKind.Restarted));
            return await BeginAsync(flow, run, cancellationToken);
        }

        var resumed = new TurnRun(flow, environment, templates, state);
        return await ContinueAsync(flow, resumed, waiting, input.Text, cancellationToken);
    }

    private static async ValueTask<TurnResult> BeginAsync(CompiledFlow flow, TurnRun run, CancellationToken cancellationToken)
    {
        if (flow.Flow.WelcomeMessage.Length > 0)
        {
            run.Say(new BotReply { Text = run.Render(flow.Flow.WelcomeMessage), QuickReplies = flow.Flow.WelcomeQuickReplies });
        }

        var start = flow.Find(flow.Flow.EffectiveStartActionId);
        return start is null
            ? Complete(run)
            : await ContinueAsync(flow, run, start, input: null, cancellationToken);
    }

    private static async ValueTask<TurnResult> ContinueAsync(
        CompiledFlow flow, TurnRun run, CompiledAction current, string? input, CancellationToken cancellationToken)
    {
        for (var steps = 0; ; steps++)
        {
            // MaxRepliesPerTurn is the most a turn says before the error message, not one fewer than it.
            if (steps >= MaxStepsPerTurn || run.Replies.Count >= flow.Flow.Options.MaxRepliesPerTurn)
            {
                // A loop without a question: say so once (after the typing delay, O1) and stop; the next message starts over.
                run.Say(new BotReply { Kind = BotReplyKind.Error, Text = flow.Flow.Options.ErrorMessage });
                run.Events.Add(new FlowEvent(FlowEventKind.Failed, current.Action.Id, "loop"));
                return run.Finish(ConversationStatus.Active);
            }

            if (input is null)
            {
                run.Events.Add(new FlowEvent(FlowEventKind.ActionReached, current.Action.Id));
            }

            var context = new ActionContext(run, current.Action, input);
            var result = await current.Bot.ExecuteAsync(context, current.Settings, cancellationToken);
            input = null;
            switch (result.Kind)
            {
                case ActionResultKind.Wait:
                    return run.Finish(ConversationStatus.WaitingForVisitor, current.Action.Id);
                case ActionResultKind.End:
                    run.Events.Add(new FlowEvent(FlowEventKind.ActionCompleted, current.Action.Id, result.Outcome));
                    return Complete(run);
                case ActionResultKind.HandOff:
                    run.Events.Add(new FlowEvent(FlowEventKind.ActionCompleted, current.Action.Id, result.Outcome));
                    run.Events.Add(new FlowEvent(FlowEventKind.HandedOff, current.Action.Id));
                    return run.Finish(ConversationStatus.HandedOff);
            }

            run.Events.Add(new FlowEvent(FlowEventKind.ActionCompleted, current.Action.Id, result.Outcome));
            var next = flow.Find(Route(current.Action, result.Outcome, run));
            if (next is null)
            {
                return Complete(run);
            }

            current = next;
        }
    }

    private static TurnResult Complete(TurnRun run)
    {
        run.Events.Add(new FlowEvent(FlowEventKind.Completed));
        return run.Finish(ConversationStatus.Ended, completed: true);
    }

    /// <summary>The first branch whose condition holds, otherwise <c>next</c> (B3).</summary>
    private static string? Route(FlowAction action, string? outcome, TurnRun run)
    {
        foreach (var branch in action.Branches)
        {
            var condition = branch.When;
            var actual = condition.Source switch
            {
                ConditionSource.Answer => run.Answer,
                ConditionSource.ContactProperty => run.Contact.GetValueOrDefault(condition.Property ?? ""),
                ConditionSource.Variable => run.Variables.GetValueOrDefault(condition.Property ?? ""),
                ConditionSource.Availability => JsonNamingPolicy.CamelCase.ConvertName(run.Environment.Availability.ToString()),
                _ => outcome,
            };
            if (condition.Holds(actual))
            {
                return branch.GoTo;
            }
        }

        return action.Next;
    }
}
