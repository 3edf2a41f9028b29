# An alternating-users rotation function for Secrets Manager in Python, in the shape of AWS's
# multi-user rotation templates (aws-samples/aws-secrets-manager-rotation-lambdas:
# SecretsManagerRDSPostgreSQLRotationMultiUser and the other *MultiUser functions): each rotation
# changes the password of the user that is not in use, so the credentials of AWSPREVIOUS keep
# working. The first rotation clones the user as <user>_clone; after it, the secret's username
# switches between <user> and <user>_clone.
# AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotation-strategy.html
#
# With the emulator (boto3 comes from the interpreter: python3's site-packages, or --python
# path/to/venv/bin/python):
#   npm start -- --lambda arn:aws:lambda:us-east-1:000000000000:function:alternating-users=examples/rotation/alternating_users.py
#
# The secret is a JSON object with "username" and "password"; every other key is kept. AWS's
# templates log in with a superuser whose secret "masterarn" names; the pretend database needs
# none: when the secret's "host" names a .json file, that file maps each user to its password
# ({"app": "..."}); setSecret creates the clone or changes its password there, and testSecret logs
# in by comparing. With any other host, or none, setSecret and testSecret only log what a real
# function would do.
import json
import logging
import os

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)

CLONE_SUFFIX = "_clone"


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


def alternate(username):
    """The other user: <user>_clone for <user>, and back."""
    return username[: -len(CLONE_SUFFIX)] if username.endswith(CLONE_SUFFIX) else username + CLONE_SUFFIX


def create_secret(client, arn, token):
    """Stores the other user with a new password as the AWSPENDING version, unless it is there."""
    current = read(client, arn, "AWSCURRENT")
    try:
        read(client, arn, "AWSPENDING", token)
        logger.info("createSecret: the AWSPENDING version of %s is there already." % arn)
        return
    except client.exceptions.ResourceNotFoundException:
        pass
    password = client.get_random_password(ExcludeCharacters=os.environ.get("EXCLUDE_CHARACTERS", ":/@\"'\\"))["RandomPassword"]
    pending = dict(current, username=alternate(current["username"]), password=password)
    client.put_secret_value(SecretId=arn, ClientRequestToken=token, SecretString=json.dumps(pending), VersionStages=["AWSPENDING"])
    logger.info("createSecret: put %s with a new password for %s as version %s." % (pending["username"], arn, token))


def set_secret(client, arn, token):
    """Sets the AWSPENDING password for the other user, creating it the first time."""
    current = read(client, arn, "AWSCURRENT")
    pending = read(client, arn, "AWSPENDING", token)
    database = database_of(pending)
    if database is None:
        logger.info("setSecret: %s would get the AWSPENDING password of %s in the database here." % (pending["username"], arn))
        return
    if can_log_in(database, pending):
        logger.info("setSecret: the AWSPENDING password of %s is set already." % arn)
        return
    if alternate(current["username"]) != pending["username"]:
        raise ValueError("Attempting to modify user %s other than current user or clone %s" % (pending["username"], current["username"]))
    # The user in use must log in, so that a rotation cannot be turned against another user.
    if not can_log_in(database, current):
        raise ValueError("Unable to log into database using current credentials for secret %s" % arn)
    set_password(database, pending["username"], pending["password"])
    logger.info("setSecret: set the password of %s in %s." % (pending["username"], database))


def test_secret(client, arn, token):
    """Logs in with the AWSPENDING credentials."""
    pending = read(client, arn, "AWSPENDING", token)
    database = database_of(pending)
    if database is None:
        logger.info("testSecret: the AWSPENDING credentials of %s would be tried against the database here." % arn)
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
    """A version's credentials; a value that is not a JSON object with username and password fails the step."""
    request = {"SecretId": arn, "VersionStage": stage}
    if token:
        request["VersionId"] = token
    secret = json.loads(client.get_secret_value(**request)["SecretString"])
    for key in ("username", "password"):
        if not isinstance(secret, dict) or key not in secret:
            raise KeyError("%s key is missing from secret JSON" % key)
    return secret


# The pretend database: a JSON file of users and their passwords.


def database_of(secret):
    host = secret.get("host")
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
