using System.Text.Json.Nodes;
using SecLake.Tests.Support;
using Xunit;
using static SecLake.Tests.Emulator.SecurityLakeTestData;

namespace SecLake.Tests.Emulator;

/// <summary>
/// Security Lake input constraints from securitylake-2018-05-10.service-2.json: violations are 400
/// BadRequestException (the GA model's 400) whose message names each member and its constraint.
/// </summary>
public sealed class SecurityLakeValidationTests(EmulatorFixture emulator) : SharedEmulatorTests<EmulatorFixture>(emulator)
{
    public static TheoryData<string, string> InvalidCreateDataLakeBodies() => new()
    {
        { """{"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m"}""", "configurations" },
        { """{"configurations":[],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m"}""", "configurations" },
        { """{"configurations":[{"region":"us-east-1"}]}""", "metaStoreManagerRoleArn" },
        { """{"configurations":[{"region":"us-east-1"}],"metaStoreManagerRoleArn":"arn:aws:s3:::bucket"}""", "metaStoreManagerRoleArn" },
        { """{"configurations":[{}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m"}""", "configurations[0].region" },
        { """{"configurations":[{"region":"moon-base-1"}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m"}""", "configurations[0].region" },
        { """{"configurations":[{"region":"us-east-1","lifecycleConfiguration":{"expiration":{"days":0}}}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m"}""", "configurations[0].lifecycleConfiguration.expiration.days" },
        { """{"configurations":[{"region":"us-east-1","lifecycleConfiguration":{"transitions":[{"days":0,"storageClass":"GLACIER"}]}}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m"}""", "configurations[0].lifecycleConfiguration.transitions[0].days" },
        { """{"configurations":[{"region":"us-east-1","replicationConfiguration":{"regions":["nowhere"]}}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m"}""", "configurations[0].replicationConfiguration.regions[0]" },
        { """{"configurations":[{"region":"us-east-1","replicationConfiguration":{"roleArn":"role"}}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m"}""", "configurations[0].replicationConfiguration.roleArn" },
        { """{"configurations":[{"region":"us-east-1"}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m","tags":[{"key":"k"}]}""", "tags[0].value" },
        { """{"configurations":[{"region":"us-east-1"}],"metaStoreManagerRoleArn":"arn:aws:iam::123456789012:role/m","tags":[{"key":"","value":"v"}]}""", "tags[0].key" },
    };

    [Theory]
    [MemberData(nameof(InvalidCreateDataLakeBodies))]
    public async Task CreateDataLake_rejects_inputs_the_model_forbids(string body, string field)
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake", JsonNode.Parse(body));

        AssertValidation(reply, field);
    }

    [Fact]
    public async Task CreateDataLake_rejects_the_same_Region_twice()
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake", CreateDataLakeBody("us-east-1", "us-east-1"));

        AssertError(reply, 400, "BadRequestException");
    }

    [Theory]
    [InlineData("sources", null)]
    [InlineData("subscriberIdentity", null)]
    [InlineData("subscriberName", null)]
    [InlineData("subscriberName", "\"0123456789012345678901234567890123456789012345678901234567890123456789\"")]
    [InlineData("subscriberIdentity.principal", "\"12345\"")]
    [InlineData("subscriberIdentity.externalId", "\"x\"")]
    [InlineData("subscriberIdentity.externalId", "\"has space\"")]
    [InlineData("subscriberDescription", "\"semi;colon\"")]
    [InlineData("accessTypes[0]", "\"FTP\"")]
    [InlineData("sources[0]", "{}")]
    [InlineData("sources[0]", "{\"awsLogSource\":{\"sourceName\":\"ROUTE53\"},\"customLogSource\":{\"sourceName\":\"x\"}}")]
    [InlineData("sources[0].awsLogSource.sourceName", "\"CLOUD_TRAIL\"")]
    [InlineData("sources[0].awsLogSource.sourceVersion", "\"2\"")]
    [InlineData("sources[1].customLogSource.sourceName", "\"has space\"")]
    [InlineData("sources[1].customLogSource.sourceVersion", "\"\"")]
    [InlineData("sources[1].customLogSource.provider.location", "\"https://bucket/key\"")]
    [InlineData("tags[0].key", "\"\"")]
    // ECMAScript meanings: $ is the very end, \w and \s are ECMAScript's sets (not .NET's Unicode ones).
    [InlineData("sources[1].customLogSource.sourceName", "\"edr-events\\n\"")]
    [InlineData("sources[1].customLogSource.sourceName", "\"caf\\u00e9\"")]
    [InlineData("sources[1].customLogSource.sourceVersion", "\"\\u0661.0\"")]
    [InlineData("subscriberIdentity.externalId", "\"ext\\u0661\"")]
    [InlineData("subscriberDescription", "\"next\\u0085line\"")]
    public async Task CreateSubscriberRejectsInputsTheModelForbids(string field, string? json)
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var body = CreateSubscriberBody();
        Set(body, field, json is null ? null : JsonNode.Parse(json));

        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/subscribers", body);

        AssertValidation(reply, field);
    }

    [Fact]
    public async Task CreateSubscriber_accepts_values_at_the_limits()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var body = CreateSubscriberBody(new string('n', 64));
        body["subscriberIdentity"] = new JsonObject { ["principal"] = "securitylake.amazonaws.com", ["externalId"] = "ab" };
        body["subscriberDescription"] = @"Back\slash, colon: slash/ dot. at@ eq= plus+";

        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/subscribers", body);

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task CreateSubscriber_accepts_what_the_model_s_ECMAScript_patterns_accept()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var body = CreateSubscriberBody();
        Set(body, "sources[1].customLogSource.sourceName", JsonValue.Create("my_source:v1.0"));
        Set(body, "sources[1].customLogSource.sourceVersion", JsonValue.Create("v1_2-3"));
        // ECMAScript's \s takes a final newline and U+FEFF.
        body["subscriberDescription"] = "Audit\u00A0team\uFEFF\n";

        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/subscribers", body);

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task CreateDataLake_rejects_a_Region_with_a_trailing_newline()
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake", CreateDataLakeBody("us-east-1\n"));

        AssertValidation(reply, "configurations[0].region");
    }

    [Fact]
    public async Task UpdateSubscriber_applies_the_stricter_name_pattern()
    {
        await Client.CreateDataLakeAsync(new[] { "us-east-1" });
        var id = (await Client.CreateSubscriberAsync(CreateSubscriberBody("with space"))).Str("subscriberId");

        var reply = await Client.SecurityLakeAsync(HttpMethod.Put, $"/v1/subscribers/{id}", new JsonObject { ["subscriberName"] = "still with space" });

        AssertValidation(reply, "subscriberName");
    }

    [Fact]
    public async Task A_body_that_is_not_a_JSON_object_cannot_be_parsed()
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Post, "/v1/datalake", new JsonArray());

        AssertError(reply, 400, "BadRequestException");
    }

    [Fact]
    public async Task ListDataLakes_checks_each_Region()
    {
        var reply = await Client.SecurityLakeAsync(HttpMethod.Get, "/v1/datalakes?regions=us-east-1&regions=mars-1");

        AssertValidation(reply, "regions[1]");
    }

    private static void AssertValidation(ServiceReply reply, string field)
    {
        AssertBadRequest(reply, $"at '{field}' failed to satisfy constraint");
    }

    /// <summary>Sets (or with null removes) a member addressed like "a.b[0].c", creating structures on the way.</summary>
    private static void Set(JsonObject body, string path, JsonNode? value)
    {
        JsonNode current = body;
        var steps = path.Replace("[", ".[").Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var last = i == steps.Length - 1;
            var step = steps[i];
            if (step.StartsWith('['))
            {
                var array = current.AsArray();
                var index = int.Parse(step[1..^1]);
                if (last) { array[index] = value; return; }
                current = array[index]!;
                continue;
            }
            var obj = current.AsObject();
            if (last)
            {
                if (value is null) obj.Remove(step);
                else obj[step] = value;
                return;
            }
            if (obj[step] is null) obj[step] = steps[i + 1].StartsWith('[') ? new JsonArray(new JsonObject()) : new JsonObject();
            current = obj[step]!;
        }
    }
}
