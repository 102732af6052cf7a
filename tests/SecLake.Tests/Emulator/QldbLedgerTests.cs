using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.QldbTestData;

namespace SecLake.Tests.Emulator;

/// <summary>QLDB ledger operations over HTTP: responses as the model shapes them and the modeled errors.</summary>
public sealed class QldbLedgerTests(SecondAccountFixture emulator) : SharedEmulatorTests<SecondAccountFixture>(emulator)
{
    [Fact]
    public async Task CreateLedger_answers_CREATING_with_default_deletion_protection_and_epoch_seconds()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000m;
        var reply = await Client.CreateAsync("orders");

        var json = reply.Json!;
        Assert.Equal("orders", json.Str("Name"));
        Assert.Equal(LedgerArn("orders"), json.Str("Arn"));
        Assert.Equal("CREATING", json.Str("State"));
        Assert.Equal("STANDARD", json.Str("PermissionsMode"));
        Assert.True(json["DeletionProtection"]!.GetValue<bool>());
        Assert.False(json.Has("KmsKeyArn"), "an AWS owned key has no KmsKeyArn");
        var created = json["CreationDateTime"]!.GetValue<decimal>();
        Assert.InRange(created, before - 1, before + 60);
        Assert.Equal("application/json", reply.ContentType);
    }

    [Fact]
    public async Task DescribeLedger_shows_the_modeled_members()
    {
        await Client.CreateAsync("orders", deletionProtection: false);

        var reply = await Client.DescribeAsync("orders");

        Assert.Equal(200, reply.Status);
        var json = reply.Json!;
        Assert.Equal(new[] { "Name", "Arn", "State", "CreationDateTime", "PermissionsMode", "DeletionProtection" },
            json.AsObject().Select(p => p.Key).ToArray());
        Assert.Equal("ACTIVE", json.Str("State"));
        Assert.False(json["DeletionProtection"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("alias/ExampleAlias", "arn:aws:kms:us-east-1:123456789012:key/")]
    [InlineData("arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias", "arn:aws:kms:us-east-2:111122223333:key/")]
    public async Task Customer_managed_keys_become_key_ARNs(string kmsKey, string expectedPrefix)
    {
        var created = await Client.CreateAsync("secure", kmsKey: kmsKey);
        var described = await Client.DescribeAsync("secure");

        var keyArn = created.Json.Str("KmsKeyArn")!;
        Assert.StartsWith(expectedPrefix, keyArn);
        Assert.Matches("^arn:aws:kms:[a-z0-9-]+:[0-9]{12}:key/[0-9a-f-]{36}$", keyArn);
        Assert.Equal(keyArn, described.Json.Str("EncryptionDescription.KmsKeyArn"));
        Assert.Equal("ENABLED", described.Json.Str("EncryptionDescription.EncryptionStatus"));
    }

    [Fact]
    public async Task An_alias_always_resolves_to_the_same_key()
    {
        var first = await Client.CreateAsync("first", kmsKey: "alias/shared");
        var second = await Client.CreateAsync("second", kmsKey: "alias/shared");
        var other = await Client.CreateAsync("third", kmsKey: "alias/other");

        Assert.Equal(first.Json.Str("KmsKeyArn"), second.Json.Str("KmsKeyArn"));
        Assert.NotEqual(first.Json.Str("KmsKeyArn"), other.Json.Str("KmsKeyArn"));
    }

    [Fact]
    public async Task An_AWS_owned_key_has_no_key_ARN_and_no_EncryptionDescription()
    {
        var created = await Client.CreateAsync("owned", kmsKey: "AWS_OWNED_KMS_KEY");
        var described = await Client.DescribeAsync("owned");

        Assert.False(created.Json.Has("KmsKeyArn"));
        Assert.False(described.Json.Has("EncryptionDescription"));
    }

    [Theory]
    [InlineData("not a key")]
    [InlineData("alias/")]
    [InlineData("arn:aws:kms:us-east-1:123456789012:secret/x")]
    public async Task A_KMS_key_that_names_no_key_is_an_invalid_parameter(string kmsKey)
    {
        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody("bad-key", kmsKey: kmsKey));

        AssertInvalidParameter(reply, "KmsKey");
    }

    [Fact]
    public async Task Describing_an_unknown_ledger_is_ResourceNotFound()
    {
        var reply = await Client.DescribeAsync("missing");

        AssertError(reply, 404, "ResourceNotFoundException");
        Assert.Equal("Ledger", reply.Json.Str("ResourceType"));
        Assert.Equal("missing", reply.Json.Str("ResourceName"));
    }

    [Fact]
    public async Task A_taken_name_is_ResourceAlreadyExists()
    {
        await Client.CreateAsync("orders");

        var reply = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody("orders"));

        AssertError(reply, 409, "ResourceAlreadyExistsException");
        Assert.Equal("Ledger", reply.Json.Str("ResourceType"));
        Assert.Equal("orders", reply.Json.Str("ResourceName"));
    }

    [Fact]
    public async Task The_ledger_limit_per_account_and_Region_is_enforced()
    {
        for (var i = 1; i <= 5; i++) await Client.CreateAsync($"ledger-{i}");

        var sixth = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody("ledger-6"));
        var otherRegion = await Client.QldbAsync(HttpMethod.Post, "/ledgers", CreateBody("ledger-6"), new SendOptions { Region = "eu-west-1" });

        AssertError(sixth, 400, "LimitExceededException");
        Assert.Equal("Ledger", sixth.Json.Str("ResourceType"));
        Assert.Equal(200, otherRegion.Status);
    }

    [Fact]
    public async Task ListLedgers_pages_in_name_order_with_opaque_tokens()
    {
        foreach (var name in new[] { "e-ledger", "a-ledger", "d-ledger", "b-ledger", "c-ledger" }) await Client.CreateAsync(name);

        var names = new System.Collections.Generic.List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var query = "/ledgers?max_results=2" + (token is null ? "" : "&next_token=" + Uri.EscapeDataString(token));
            var reply = await Client.QldbAsync(HttpMethod.Get, query);
            Assert.Equal(200, reply.Status);
            var ledgers = reply.Json!["Ledgers"]!.AsArray();
            Assert.True(ledgers.Count <= 2);
            foreach (var ledger in ledgers)
            {
                names.Add(ledger.Str("Name")!);
                Assert.Equal(new[] { "Name", "State", "CreationDateTime" }, ledger!.AsObject().Select(p => p.Key).ToArray());
            }
            token = reply.Json.Str("NextToken");
            pages++;
        } while (token is not null);

        Assert.Equal(new[] { "a-ledger", "b-ledger", "c-ledger", "d-ledger", "e-ledger" }, names);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ListLedgers_without_ledgers_is_an_empty_list()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers");

        Assert.Equal(200, reply.Status);
        Assert.Empty(reply.Json!["Ledgers"]!.AsArray());
        Assert.False(reply.Json.Has("NextToken"));
    }

    [Theory]
    [InlineData("max_results=0", "MaxResults")]
    [InlineData("max_results=101", "MaxResults")]
    [InlineData("max_results=many", "MaxResults")]
    [InlineData("next_token=%21%21%21%21", "NextToken")]
    [InlineData("next_token=abc", "NextToken")]
    [InlineData("next_token=Zm9yZWlnbg%3D%3D", "NextToken")]
    public async Task ListLedgers_rejects_bad_paging_input(string query, string parameter)
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers?" + query);

        AssertInvalidParameter(reply, parameter);
    }

    [Fact]
    public async Task UpdateLedger_changes_protection_and_key_and_answers_the_update_shape()
    {
        await Client.CreateAsync("orders");

        var reply = await Client.QldbAsync(HttpMethod.Patch, "/ledgers/orders",
            new JsonObject { ["DeletionProtection"] = false, ["KmsKey"] = "alias/orders" });

        Assert.Equal(200, reply.Status);
        Assert.Equal(new[] { "Name", "Arn", "State", "CreationDateTime", "DeletionProtection", "EncryptionDescription" },
            reply.Json!.AsObject().Select(p => p.Key).ToArray());
        Assert.False(reply.Json["DeletionProtection"]!.GetValue<bool>());
        Assert.StartsWith("arn:aws:kms:us-east-1:123456789012:key/", reply.Json.Str("EncryptionDescription.KmsKeyArn"));
    }

    [Fact]
    public async Task Switching_back_to_an_AWS_owned_key_shows_AWS_OWNED_KMS_KEY()
    {
        await Client.CreateAsync("orders", kmsKey: "alias/orders");

        var reply = await Client.QldbAsync(HttpMethod.Patch, "/ledgers/orders", new JsonObject { ["KmsKey"] = "AWS_OWNED_KMS_KEY" });

        Assert.Equal("AWS_OWNED_KMS_KEY", reply.Json.Str("EncryptionDescription.KmsKeyArn"));
        Assert.Equal("AWS_OWNED_KMS_KEY", (await Client.DescribeAsync("orders")).Json.Str("EncryptionDescription.KmsKeyArn"));
    }

    [Fact]
    public async Task UpdateLedger_without_changes_keeps_everything()
    {
        await Client.CreateAsync("orders", deletionProtection: false, kmsKey: "alias/orders");
        var before = await Client.DescribeAsync("orders");

        var reply = await Client.QldbAsync(HttpMethod.Patch, "/ledgers/orders", new JsonObject());

        Assert.Equal(200, reply.Status);
        Assert.Equal(before.Text, (await Client.DescribeAsync("orders")).Text);
    }

    [Fact]
    public async Task UpdateLedgerPermissionsMode_answers_name_ARN_and_mode()
    {
        await Client.CreateAsync("orders");

        var reply = await Client.QldbAsync(HttpMethod.Patch, "/ledgers/orders/permissions-mode", new JsonObject { ["PermissionsMode"] = "ALLOW_ALL" });

        Assert.Equal(200, reply.Status);
        Assert.Equal("""{"Name":"orders","Arn":"arn:aws:qldb:us-east-1:123456789012:ledger/orders","PermissionsMode":"ALLOW_ALL"}""", reply.Text);
        Assert.Equal("ALLOW_ALL", (await Client.DescribeAsync("orders")).Json.Str("PermissionsMode"));
    }

    [Theory]
    [InlineData("PATCH", "/ledgers/missing")]
    [InlineData("PATCH", "/ledgers/missing/permissions-mode")]
    [InlineData("DELETE", "/ledgers/missing")]
    public async Task Changing_an_unknown_ledger_is_ResourceNotFound(string method, string path)
    {
        var body = path.EndsWith("permissions-mode") ? new JsonObject { ["PermissionsMode"] = "STANDARD" } : null;
        var reply = await Client.QldbAsync(new HttpMethod(method), path, body ?? (method == "PATCH" ? new JsonObject() : null));

        AssertError(reply, 404, "ResourceNotFoundException");
    }

    [Fact]
    public async Task Deleting_a_protected_ledger_fails_its_precondition()
    {
        await Client.CreateAsync("protected");

        var reply = await Client.QldbAsync(HttpMethod.Delete, "/ledgers/protected");

        AssertError(reply, 412, "ResourcePreconditionNotMetException");
        Assert.Equal("protected", reply.Json.Str("ResourceName"));
        Assert.Equal("ACTIVE", (await Client.DescribeAsync("protected")).Json.Str("State"));
    }

    [Fact]
    public async Task Deleting_an_unprotected_ledger_removes_it_with_an_empty_answer()
    {
        await Client.CreateAsync("temporary", deletionProtection: false);

        var reply = await Client.QldbAsync(HttpMethod.Delete, "/ledgers/temporary");

        Assert.Equal(200, reply.Status);
        Assert.Equal("", reply.Text);
        Assert.False(string.IsNullOrEmpty(reply.RequestId));
        AssertError(await Client.DescribeAsync("temporary"), 404, "ResourceNotFoundException");
        Assert.Empty((await Client.QldbAsync(HttpMethod.Get, "/ledgers")).Json!["Ledgers"]!.AsArray());
    }

    [Fact]
    public async Task Ledgers_are_isolated_per_Region_and_account()
    {
        await Client.CreateAsync("shared-name");
        var euWest = new SendOptions { Region = "eu-west-1" };
        var otherAccount = new SendOptions { Credentials = SecondAccountFixture.Temporary };

        AssertError(await Client.DescribeAsync("shared-name", euWest), 404, "ResourceNotFoundException");
        AssertError(await Client.DescribeAsync("shared-name", otherAccount), 404, "ResourceNotFoundException");
        var inEurope = await Client.CreateAsync("shared-name", options: euWest);
        var inOtherAccount = await Client.CreateAsync("shared-name", options: otherAccount);

        Assert.Equal(LedgerArn("shared-name", "eu-west-1"), inEurope.Json.Str("Arn"));
        Assert.Equal(LedgerArn("shared-name", account: SecondAccountFixture.SecondAccountId), inOtherAccount.Json.Str("Arn"));
        Assert.Single((await Client.QldbAsync(HttpMethod.Get, "/ledgers")).Json!["Ledgers"]!.AsArray());
    }

    [Fact]
    public async Task An_unbound_path_is_an_unknown_operation()
    {
        var reply = await Client.QldbAsync(HttpMethod.Get, "/ledgers/orders/journal-kinesis-streams");

        AssertError(reply, 404, "UnknownOperationException");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_an_invalid_parameter()
    {
        var reply = await Client.SendAsync("qldb", HttpMethod.Post, "/ledgers", JsonValue.Create("just a string"));

        AssertError(reply, 400, "InvalidParameterException");
    }
}
