# hubfleet: a GitHub user's groups are their teams, named org:team-slug as allowed_organizations names
# them. OAuthenticator 17.4.0 (oauthenticator/github.py) stores the user's teams in auth_state["teams"]
# when populate_teams_in_auth_state is on, as GitHub's API lists them; OAuthenticator.get_user_groups
# (oauthenticator/oauth2.py) calls a callable auth_state_groups_key with the auth state.


def hubfleet_github_teams(auth_state):
    return sorted(
        f"{team['organization']['login']}:{team['slug']}"
        for team in auth_state.get("teams", [])
    )


c.GitHubOAuthenticator.auth_state_groups_key = hubfleet_github_teams
