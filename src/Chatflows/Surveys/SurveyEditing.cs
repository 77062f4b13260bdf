using System.Text.RegularExpressions;
using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Surveys;

/// <summary>
/// Adds, changes and deletes the surveys of the library (O9), for the Surveys pages and the <c>surveys</c> recipe step.
/// A change reaches every chatflow that links the survey at once: the widget reads the survey when it loads.
/// </summary>
public sealed partial class SurveyEditing(ChatflowsDbContext db, TimeProvider time, AuditLog audit, AuditActor actor)
{
    public const int MaxNameLength = 100;

    /// <summary>Adds a survey with an id made from its name; returns that id, or the errors.</summary>
    public async Task<(string? Id, IReadOnlyList<FieldError> Errors)> CreateAsync(string name, SurveySettings content, CancellationToken cancellationToken)
    {
        var id = await NewIdAsync(name, cancellationToken);
        var errors = await SaveAsync(id, name, content, onlyCreate: true, cancellationToken);
        return (errors.Count == 0 ? id : null, errors);
    }

    /// <summary>Creates the survey with this id, or replaces its name and questions (idempotent for recipes).</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string id, string name, SurveySettings content, bool onlyCreate, CancellationToken cancellationToken)
    {
        name = name.Trim();
        List<FieldError> errors = [];
        if (!Slug().IsMatch(id))
        {
            errors.Add(new FieldError("id", Core.Validation.ValidationTexts.SurveyId()));
        }

        if (name.Length is 0 or > MaxNameLength)
        {
            errors.Add(new FieldError("name", Core.Validation.ValidationTexts.SurveyName(MaxNameLength)));
        }
        else if (await db.Surveys.AnyAsync(s => s.Name == name && s.Id != id, cancellationToken))
        {
            errors.Add(new FieldError("name", Core.Validation.ValidationTexts.SurveyNameTaken()));
        }

        errors.AddRange(content.Validate().Where(e => e.Field != "surveyId"));
        var record = await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is not null && onlyCreate)
        {
            errors.Add(new FieldError("id", Core.Validation.ValidationTexts.SurveyIdTaken()));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var created = record is null;
        if (record is null)
        {
            record = new SurveyRecord { Id = id, CreatedUtc = now };
            db.Surveys.Add(record);
        }

        record.Name = name;
        record.Scale = content.Scale;
        record.Question = content.Question.Trim();
        record.AskComment = content.AskComment;
        record.CommentPrompt = content.CommentPrompt.Trim();
        record.UpdatedUtc = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique name index: another editor took the name between the check and the save.
            db.ChangeTracker.Clear();
            return [new FieldError("name", Core.Validation.ValidationTexts.SurveyNameTaken())];
        }

        await audit.RecordAsync(actor.Current, AuditActions.SurveyChanged, AuditSubject.Survey(id, name), created ? "Added" : "Saved", cancellationToken);
        return [];
    }

    /// <summary>
    /// Deletes the survey; answers already given keep its id, so the results page still counts them. Chatflows that
    /// link it ask no survey until an editor picks another, and publishing them is refused. False when there is none.
    /// </summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } record)
        {
            return false;
        }

        db.Surveys.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(actor.Current, AuditActions.SurveyChanged, AuditSubject.Survey(id, record.Name), "Deleted", cancellationToken);
        return true;
    }

    private async Task<string> NewIdAsync(string name, CancellationToken cancellationToken)
    {
        var slug = NotSlug().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        slug = slug.Length > 56 ? slug[..56].TrimEnd('-') : slug;
        slug = slug.Length == 0 ? "survey" : slug;
        var taken = await db.Surveys.Where(s => s.Id == slug || s.Id.StartsWith(slug + "-")).Select(s => s.Id).ToListAsync(cancellationToken);
        var id = slug;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex Slug();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
