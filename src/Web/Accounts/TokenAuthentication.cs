using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Accounts;

/// <summary>
/// Machine clients authenticate with <c>Authorization: Bearer TOKEN</c>; the token's SHA-256 is looked up and the
/// principal is the token owner's, with the same roles and agency as when they sign in.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    WebDb db, IUserClaimsPrincipalFactory<TrackerUser> principals, UserManager<TrackerUser> users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal)) return AuthenticateResult.NoResult();
        var hash = UserAccounts.HashToken(header["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash);
        if (token is null) return AuthenticateResult.Fail("unknown API token");
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user)) return AuthenticateResult.Fail("API token of a missing or locked user");
        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

/// <summary>Adds the agency and display name to the principal Identity builds.</summary>
public sealed class TrackerClaimsFactory(UserManager<TrackerUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<TrackerUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TrackerUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TrackerClaims.DisplayName, user.DisplayName));
        if (user.AgencyKey is { } agency) identity.AddClaim(new Claim(TrackerClaims.Agency, agency));
        return identity;
    }
}
