using Chatflows.Users;

namespace Chatflows.Areas.Admin.Pages.Teams;

/// <summary>What the team form partial shows: the input and every user who could be a member.</summary>
public sealed record TeamFieldsModel(TeamInput Input, IReadOnlyList<ChatflowsUser> Users);
