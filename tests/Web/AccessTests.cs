using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DirectiveTracker.Web.Tests;

/// <summary>Every page and API endpoint against every role, and agency users reaching for what is not theirs.</summary>
public sealed class AccessTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string OK = "200", Login = "login", Denied = "denied", NotFound = "404", Forbidden = "403";

    /// <summary>Pages by role: admin, clerk, leader, agency (Sở Nội vụ).</summary>
    public static TheoryData<string, string, string, string, string> Pages => new()
    {
        { "/Search?q=thi+đua", OK, OK, OK, OK },
        { "/Dashboard", OK, OK, OK, Denied },
        { "/Documents", OK, OK, OK, Denied },
        { "/Documents/Detail/{mine}", OK, OK, OK, OK },
        { "/Documents/Detail/{theirs}", OK, OK, OK, NotFound },
        { "/Upload", OK, OK, Denied, Denied },
        { "/Tasks/Edit/1", OK, OK, Denied, Denied },
        { "/Tasks", OK, OK, OK, OK },
        { "/Tasks?handler=Csv", OK, OK, OK, OK },
        { "/Tasks?handler=Xlsx", OK, OK, OK, OK },
        { "/Agencies", OK, OK, OK, "redirect" },
    };

    [Theory, MemberData(nameof(Pages))]
    public async Task Pages_answer_each_role_as_its_rights_say(string path, string admin, string clerk, string leader, string agency)
    {
        path = web.Resolve(path);
        var anonymous = await web.SignedInAsync(null);
        Assert.Equal(Login, Outcome(await anonymous.GetAsync(path)));
        foreach (var (role, expected) in new[] { ("admin", admin), ("clerk", clerk), ("leader", leader), ("agency", agency) })
        {
            var client = await web.SignedInAsync(role);
            var response = await client.GetAsync(path);
            var outcome = Outcome(response);
            Assert.True(expected == outcome || (expected == "redirect" && response.StatusCode == HttpStatusCode.Redirect), $"{role} {path}: {outcome}");
        }
    }

    [Fact]
    public async Task Login_page_is_open_and_sends_the_security_headers()
    {
        var client = await web.SignedInAsync(null);
        var response = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Vietnamese()
    {
        var client = await web.SignedInAsync(null);
        var response = await WebFixture.PostFormAsync(client, "/Account/Login", new() { ["Email"] = WebFixture.Email("admin"), ["Password"] = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
        Assert.Equal(Login, Outcome(await client.GetAsync("/Dashboard")));
    }

    [Fact]
    public async Task A_form_without_the_antiforgery_token_is_refused()
    {
        var client = await web.SignedInAsync("clerk");
        var response = await client.PostAsync("/Documents/Detail/1?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>API endpoints by role: admin, clerk, leader, agency.</summary>
    public static TheoryData<string, string, string, string, string, string> Api => new()
    {
        { "GET", "/api/documents", OK, OK, OK, Forbidden },
        { "GET", "/api/documents/{mine}", OK, OK, OK, OK },
        { "GET", "/api/documents/{theirs}", OK, OK, OK, NotFound },
        { "GET", "/api/tasks", OK, OK, OK, OK },
        { "GET", "/api/tasks/1", OK, OK, OK, NotFound },
        { "GET", "/api/search?q=so+noi+vu", OK, OK, OK, OK },
        { "GET", "/api/agencies", OK, OK, OK, OK },
        { "GET", "/api/openapi/v1.json", OK, OK, OK, OK },
        { "POST", "/api/documents/1/confirm", "204", "204", Forbidden, Forbidden },
        { "DELETE", "/api/documents/999999", NotFound, Forbidden, Forbidden, Forbidden },
        { "PATCH", "/api/tasks/999999", NotFound, NotFound, NotFound, NotFound },
    };

    [Theory, MemberData(nameof(Api))]
    public async Task Api_answers_each_role_as_its_rights_say(string method, string path, string admin, string clerk, string leader, string agency)
    {
        path = web.Resolve(path);
        Assert.Equal("401", await Send(web.Api(null), method, path));
        // A signed-in browser's cookie does not open the API (only tokens do: no cross-site requests with cookies).
        Assert.Equal("401", await Send(await web.SignedInAsync("admin"), method, path));
        foreach (var (role, expected) in new[] { ("admin", admin), ("clerk", clerk), ("leader", leader), ("agency", agency) })
            Assert.True(expected == await Send(web.Api(role), method, path), $"{role} {method} {path}");
    }

    [Fact]
    public async Task An_agency_user_cannot_reach_another_agencys_task_by_id()
    {
        var other = await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks?agency={Uri.EscapeDataString(web.OtherAgencyKey)}&role=lead&limit=1");
        var id = other.GetProperty("tasks")[0].GetProperty("id").GetInt64();
        var api = web.Api("agency");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/tasks/{id}")).StatusCode);
        var patch = await api.PatchAsJsonAsync($"/api/tasks/{id}", new { completion = "done" });
        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);
        // Asking the list for the other agency still lists only its own.
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/tasks?agency={Uri.EscapeDataString(web.OtherAgencyKey)}&limit=500");
        foreach (var t in list.GetProperty("tasks").EnumerateArray())
            Assert.Contains(t.GetProperty("owners").EnumerateArray(), o => o.GetProperty("agencyKey").GetString() == web.NoiVuKey);
        Assert.True(list.GetProperty("total").GetInt32() > 0);

        var browser = await web.SignedInAsync("agency");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Agencies/Detail?key={Uri.EscapeDataString(web.OtherAgencyKey)}")).StatusCode);
        var status = await WebFixture.PostFormAsync(browser, $"/Tasks/Status/{id}", new() { ["completion"] = "done" }, formPage: "/Tasks");
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        var stillOpen = await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks/{id}");
        Assert.Equal(JsonValueKind.Null, stillOpen.GetProperty("completedOn").ValueKind);
    }

    [Fact]
    public async Task Search_by_an_agency_user_finds_only_its_agencys_entries()
    {
        var all = await web.Api("leader").GetFromJsonAsync<JsonElement>("/api/search?q=tuyên+truyền&limit=100");
        var mine = await web.Api("agency").GetFromJsonAsync<JsonElement>("/api/search?q=tuyên+truyền&limit=100");
        Assert.True(mine.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        foreach (var hit in mine.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("kind").GetString() == "Task"))
            Assert.Contains(hit.GetProperty("owners").EnumerateArray(), o => o.GetProperty("agencyKey").GetString() == web.NoiVuKey);
    }

    private static async Task<string> Send(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "PATCH") request.Content = JsonContent.Create(new { completion = "done" });
        return Outcome(await client.SendAsync(request));
    }

    /// <summary>A response as the role tables write it: a status code, or where a redirect goes (login, denied).</summary>
    internal static string Outcome(HttpResponseMessage r) => r.StatusCode switch
    {
        HttpStatusCode.Redirect when r.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true => Login,
        HttpStatusCode.Redirect when r.Headers.Location?.OriginalString.Contains("/Account/Denied", StringComparison.Ordinal) == true => Denied,
        HttpStatusCode.Redirect => "redirect",
        _ => ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
