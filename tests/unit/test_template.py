"""Invariants of infra/template.yaml, and cfn-lint over it, so `make test` covers the deployment too."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ingest.backends import aws
from ingest.settings import Limits

INFRA = Path(__file__).resolve().parents[2] / "infra"
TEMPLATE = INFRA / "template.yaml"


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    from cfnlint.decode import cfn_yaml

    return dict(cfn_yaml.load(str(TEMPLATE)))


def _resources(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {name: r for name, r in template["Resources"].items() if r["Type"] == kind}


def _props(template: dict[str, Any], name: str) -> dict[str, Any]:
    return dict(template["Resources"][name]["Properties"])


def _queue_event(template: dict[str, Any]) -> dict[str, Any]:
    [event] = [
        e["Properties"]
        for f in _resources(template, "AWS::Serverless::Function").values()
        for e in f["Properties"].get("Events", {}).values()
        if e["Type"] == "SQS"
    ]
    return dict(event)


def test_cfn_lint_is_clean() -> None:
    cfn_lint = shutil.which("cfn-lint", path=str(Path(sys.executable).parent)) or shutil.which("cfn-lint")
    assert cfn_lint, "cfn-lint is part of the dev dependencies"
    done = subprocess.run([cfn_lint, str(TEMPLATE)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_visibility_timeout_is_six_times_the_worker_timeout(template: dict[str, Any]) -> None:
    visibility = _props(template, "WorkQueue")["VisibilityTimeout"]
    worker_timeout = _props(template, "WorkerFunction")["Timeout"]
    assert visibility >= 6 * worker_timeout
    # A whole batch of files at the per-file limit fits in one invocation.
    assert worker_timeout >= _queue_event(template)["BatchSize"] * Limits().file_timeout_s


def test_template_and_ingest_init_agree(template: dict[str, Any]) -> None:
    queue = _props(template, "WorkQueue")
    assert queue["VisibilityTimeout"] == aws.VISIBILITY_TIMEOUT_S
    assert queue["RedrivePolicy"]["maxReceiveCount"] == aws.MAX_RECEIVE_COUNT
    assert _props(template, "WorkerFunction")["Timeout"] == aws.WORKER_TIMEOUT_S
    assert _queue_event(template)["BatchSize"] == aws.WORKER_BATCH_SIZE
    rules = {
        r["Prefix"]: r["ExpirationInDays"]
        for r in _props(template, "UploadBucket")["LifecycleConfiguration"]["Rules"]
    }
    assert rules == {"requests/": aws.RAW_UPLOAD_DAYS, "results/": aws.RETENTION_DAYS}


def test_queue_has_a_dead_letter_queue(template: dict[str, Any]) -> None:
    redrive = _props(template, "WorkQueue")["RedrivePolicy"]
    assert redrive["deadLetterTargetArn"] == {"Fn::GetAtt": ["DeadLetterQueue", "Arn"]}
    assert redrive["maxReceiveCount"] >= 1
    assert template["Resources"]["DeadLetterQueue"]["Type"] == "AWS::SQS::Queue"


def test_worker_reports_partial_batch_failures(template: dict[str, Any]) -> None:
    event = _queue_event(template)
    assert event["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    assert event["Queue"] == {"Fn::GetAtt": ["WorkQueue", "Arn"]}


def test_bucket_is_encrypted_private_and_expiring(template: dict[str, Any]) -> None:
    bucket = _props(template, "UploadBucket")
    [rule] = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"] in ("AES256", "aws:kms")
    assert bucket["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True,
        "IgnorePublicAcls": True,
        "BlockPublicPolicy": True,
        "RestrictPublicBuckets": True,
    }
    assert any(
        r["Prefix"] == "requests/" and r["ExpirationInDays"] > 0
        for r in bucket["LifecycleConfiguration"]["Rules"]
    )


def test_only_uploads_notify_the_queue(template: dict[str, Any]) -> None:
    [notification] = _props(template, "UploadBucket")["NotificationConfiguration"]["QueueConfigurations"]
    assert notification["Event"] == "s3:ObjectCreated:*"
    assert notification["Filter"]["S3Key"]["Rules"] == [{"Name": "prefix", "Value": "requests/"}]


def test_table_has_ttl_and_the_single_table_keys(template: dict[str, Any]) -> None:
    table = _props(template, "StatusTable")
    assert table["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}
    assert [k["AttributeName"] for k in table["KeySchema"]] == ["PK", "SK"]


def test_an_alarm_watches_the_dead_letter_queue(template: dict[str, Any]) -> None:
    alarms = _resources(template, "AWS::CloudWatch::Alarm").values()
    dlq_alarms = [
        a["Properties"]
        for a in alarms
        if a["Properties"]["Dimensions"]
        == [{"Name": "QueueName", "Value": {"Fn::GetAtt": ["DeadLetterQueue", "QueueName"]}}]
    ]
    assert dlq_alarms
    assert dlq_alarms[0]["MetricName"] == "ApproximateNumberOfMessagesVisible"
    assert dlq_alarms[0]["AlarmActions"]


def test_iam_is_least_privilege(template: dict[str, Any]) -> None:
    for name, function in _resources(template, "AWS::Serverless::Function").items():
        for policy in function["Properties"].get("Policies", []):
            for statement in policy["Statement"]:
                actions = (
                    statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
                )
                assert all("*" not in action for action in actions), (name, actions)
                assert statement["Resource"] != "*", name


def test_api_requires_an_api_key(template: dict[str, Any]) -> None:
    auth = _props(template, "HttpApi")["Auth"]
    authorizer = auth["Authorizers"][auth["DefaultAuthorizer"]]
    assert authorizer["Identity"]["Headers"] == ["x-api-key"]


def test_worker_image_has_debian_tesseract_on_one_thread() -> None:
    dockerfile = (INFRA / "Dockerfile").read_text()
    assert "apt-get install" in dockerfile
    assert "tesseract-ocr" in dockerfile
    assert "OMP_THREAD_LIMIT=1" in dockerfile


def test_every_function_is_built_from_that_image(template: dict[str, Any]) -> None:
    for name, function in _resources(template, "AWS::Serverless::Function").items():
        assert function["Properties"]["PackageType"] == "Image", name
        assert function["Metadata"]["Dockerfile"] == "infra/Dockerfile", name
        assert (INFRA / function["Metadata"]["DockerContext"] / "pyproject.toml").exists()


def test_the_alarm_topic_key_lets_cloudwatch_publish(template: dict[str, Any]) -> None:
    # alias/aws/sns cannot be used by CloudWatch: alarms on such a topic are dropped.
    key_ref = _props(template, "AlarmTopic")["KmsMasterKeyId"]
    assert isinstance(key_ref, dict), key_ref
    key = template["Resources"][key_ref["Ref"]]
    assert key["Type"] == "AWS::KMS::Key"
    assert key["Properties"]["EnableKeyRotation"] is True
    [cloudwatch] = [
        s
        for s in key["Properties"]["KeyPolicy"]["Statement"]
        if s["Principal"].get("Service") == "cloudwatch.amazonaws.com"
    ]
    assert cloudwatch["Effect"] == "Allow"
    assert {"kms:Decrypt", "kms:GenerateDataKey*"} <= set(cloudwatch["Action"])


def test_no_secret_is_in_a_function_environment(template: dict[str, Any]) -> None:
    secret_parameters = {name for name, p in template["Parameters"].items() if p.get("NoEcho")}
    secrets = set(_resources(template, "AWS::SecretsManager::Secret"))
    for name, function in _resources(template, "AWS::Serverless::Function").items():
        variables = function["Properties"].get("Environment", {}).get("Variables", {})
        for variable, value in variables.items():
            assert not (isinstance(value, dict) and value.get("Ref") in secret_parameters), (name, variable)
            assert variable not in ("INGEST_API_KEYS", "INGEST_WEBHOOK_SECRET", "INGEST_UPLOAD_SECRET"), name
            if variable.endswith("_SECRET_ID"):
                assert value["Ref"] in secrets, (name, variable)
    assert secrets == {"ApiKeysSecret", "WebhookSecret"}
    assert "GenerateSecretString" in _props(template, "WebhookSecret")  # never typed in by a person
