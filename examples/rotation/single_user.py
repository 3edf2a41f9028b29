# A single-user rotation function for Secrets Manager in Python, in the shape of AWS's rotation
# templates (aws-samples/aws-secrets-manager-rotation-lambdas: SecretsManagerRotationTemplate and
# the *SingleUser functions): the stage checks, then createSecret, setSecret, testSecret and
# finishSecret, with boto3 pointed at SECRETS_MANAGER_ENDPOINT.
# AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html
#
# With the emulator (boto3 comes from the interpreter: python3's site-packages, or --python
# path/to/venv/bin/python):
#   npm start -- --lambda arn:aws:lambda:us-east-1:000000000000:function:single-user=examples/rotation/single_user.py
#
# The secret is a JSON object with "username" and "password" (every other key is kept as it is),
# or a bare password. The database is a pretend one: when the secret's "host" names a .json file,
# that file maps each user to its password ({"app": "..."}); setSecret changes the password there
# and testSecret logs in by comparing. With any other host, or none, setSecret and testSecret only
# log what a real function would do.
import json
import logging
import os

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def lambda_handler(event, context):
    arn = event["SecretId"]
    token = event["ClientRequestToken"]
    step = event["Step"]
    client = boto3.client("secretsmanager", endpoint_url=os.environ["SECRETS_MANAGER_ENDPOINT"])

    # The version must be the one this rotation made, and still pending.
    metadata = client.describe_secret(SecretId=arn)
    if not metadata.get("RotationEnabled"):
        raise ValueError("Secret %s is not enabled for rotation" % arn)
    stages = metadata["VersionIdsToStages"]
    if token not in stages:
        raise ValueError("Secret version %s has no stage for rotation of secret %s." % (token, arn))
    if "AWSCURRENT" in stages[token]:
        logger.info("Secret version %s already set as AWSCURRENT for secret %s." % (token, arn))
        return
    if "AWSPENDING" not in stages[token]:
        raise ValueError("Secret version %s not set as AWSPENDING for rotation of secret %s." % (token, arn))

    steps = {"createSecret": create_secret, "setSecret": set_secret, "testSecret": test_secret, "finishSecret": finish_secret}
    if step not in steps:
        raise ValueError("Invalid step parameter %s for secret %s" % (step, arn))
    steps[step](client, arn, token)


def create_secret(client, arn, token):
    """Stores a new password as the AWSPENDING version, unless this rotation has stored it already."""
    current = read(client, arn, "AWSCURRENT")
    try:
        read(client, arn, "AWSPENDING", token)
        logger.info("createSecret: the AWSPENDING version of %s is there already." % arn)
        return
    except client.exceptions.ResourceNotFoundException:
        pass
    default_exclude = ":/@\"'\\" if isinstance(current, dict) else "/@\"'\\"
    password = client.get_random_password(ExcludeCharacters=os.environ.get("EXCLUDE_CHARACTERS", default_exclude))["RandomPassword"]
    value = json.dumps(dict(current, password=password)) if isinstance(current, dict) else password
    client.put_secret_value(SecretId=arn, ClientRequestToken=token, SecretString=value, VersionStages=["AWSPENDING"])
    logger.info("createSecret: put a new password for %s as version %s." % (arn, token))


def set_secret(client, arn, token):
    """Sets the AWSPENDING password for the user, logging in with a password that works now."""
    pending = read(client, arn, "AWSPENDING", token)
    database = database_of(pending)
    if database is None:
        logger.info("setSecret: the AWSPENDING password of %s would be set in the database here." % arn)
        return
    if can_log_in(database, pending):
        logger.info("setSecret: the AWSPENDING password of %s is set already." % arn)
        return
    current = read(client, arn, "AWSCURRENT")
    if current["username"] != pending["username"]:
        raise ValueError("Attempting to modify user %s other than current user %s" % (pending["username"], current["username"]))
    try:
        previous = read(client, arn, "AWSPREVIOUS")
    except client.exceptions.ResourceNotFoundException:
        previous = None
    if not can_log_in(database, current) and not (previous and can_log_in(database, previous)):
        raise ValueError("Unable to log into database with previous, current, or pending secret of secret arn %s" % arn)
    set_password(database, pending["username"], pending["password"])
    logger.info("setSecret: set the password of %s in %s." % (pending["username"], database))


def test_secret(client, arn, token):
    """Logs in with the AWSPENDING password."""
    pending = read(client, arn, "AWSPENDING", token)
    database = database_of(pending)
    if database is None:
        logger.info("testSecret: the AWSPENDING password of %s would be tried against the database here." % arn)
        return
    if not can_log_in(database, pending):
        raise ValueError("Unable to log into database with pending secret of secret ARN %s" % arn)
    logger.info("testSecret: %s logs in with the AWSPENDING password." % pending["username"])


def finish_secret(client, arn, token):
    """Moves AWSCURRENT to the new version; AWSPREVIOUS follows the old one."""
    stages = client.describe_secret(SecretId=arn)["VersionIdsToStages"]
    current = next((version for version, labels in stages.items() if "AWSCURRENT" in labels), None)
    if current == token:
        logger.info("finishSecret: version %s of %s is AWSCURRENT already." % (token, arn))
        return
    client.update_secret_version_stage(SecretId=arn, VersionStage="AWSCURRENT", MoveToVersionId=token, RemoveFromVersionId=current)
    logger.info("finishSecret: version %s of %s is now AWSCURRENT." % (token, arn))


def read(client, arn, stage, token=None):
    """A version's value: the JSON object, or the bare password."""
    request = {"SecretId": arn, "VersionStage": stage}
    if token:
        request["VersionId"] = token
    value = client.get_secret_value(**request)["SecretString"]
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    return parsed if isinstance(parsed, dict) else value


# The pretend database: a JSON file of users and their passwords.


def database_of(secret):
    host = secret.get("host") if isinstance(secret, dict) else None
    return host if isinstance(host, str) and host.endswith(".json") else None


def can_log_in(database, secret):
    with open(database) as file:
        return json.load(file).get(secret["username"]) == secret["password"]


def set_password(database, username, password):
    with open(database) as file:
        users = json.load(file)
    users[username] = password
    with open(database + ".tmp", "w") as file:
        json.dump(users, file)
    os.replace(database + ".tmp", database)
