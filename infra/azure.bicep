// MFA Reset bot on Azure: one user-assigned managed identity for everything (the Bot Framework
// channel, Microsoft Graph and the state store), so the deployment holds no client secret.
//
// Resources: the identity; App Service plan + Linux Web App (Node 22 LTS, HTTPS only, /healthz);
// a Storage account for the shared state (Entra auth only) with the identity as Storage Table
// Data Contributor; Log Analytics + workspace-based Application Insights; the Azure Bot with the
// Teams channel (botRegistration/azurebot.bicep); five alerts.
//
// NOT granted here: the Microsoft Graph application permissions of the identity (Bicep cannot
// without the Microsoft Graph Bicep extension). Run scripts/grant-graph-permissions.sh after
// provisioning; see README "Deploy to Azure".

@maxLength(20)
@minLength(4)
@description('Used to name every resource (letters and digits; the storage account takes it lower-cased).')
param resourceBaseName string

@description('App Service plan SKU (B1 is enough for a helpdesk bot; P0v3 or higher for zone redundancy or more instances).')
param webAppSKU string = 'B1'

@minValue(1)
@maxValue(10)
@description('Number of Web App instances. More than one needs the shared state store, which this template provisions.')
param instanceCount int = 1

@maxLength(42)
param botDisplayName string

param location string = resourceGroup().location

@secure()
@minLength(32)
@description('HMAC key for the confirmation cards (CONFIRMATION_SIGNING_KEY). Generate with: openssl rand -base64 48')
param confirmationSigningKey string

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Optional: who users are told to contact (HELPDESK_CONTACT). Empty: the built-in default.')
param helpdeskContact string = ''

@description('Optional: who users reporting prompts they did not start are told to contact (SECURITY_CONTACT).')
param securityContact string = ''

@description('Optional: self-service password reset page (SSPR_URL).')
param ssprUrl string = ''

@description('Optional: object id of the technicians\' Entra group (HELPDESK_GROUP_ID). Empty: helpdesk mode off.')
param helpdeskGroupId string = ''

@description('Optional: object id of the group of technicians who may act on privileged users (HELPDESK_PRIVILEGED_GROUP_ID).')
param helpdeskPrivilegedGroupId string = ''

@description('Optional: the app\'s id in the org app catalog (HELPDESK_TEAMS_APP_ID).')
param helpdeskTeamsAppId string = ''

@secure()
@description('Optional: more app settings by name, e.g. TICKET_SYSTEM and its variables. Put secrets in as Key Vault references (@Microsoft.KeyVault(SecretUri=...)); they resolve with the bot\'s identity.')
param extraAppSettings object = {}

@description('Optional: e-mail address that receives the alerts. Empty: alerts fire in the portal only.')
param alertEmail string = ''

var storageAccountName = toLower(take(replace('${resourceBaseName}st', '-', ''), 24))
var statePrefix = 'mfareset'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: resourceBaseName
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: false
  }
}

// Shared state (spent nonces, pending requests, conversation references, outbox). The bot reaches
// it with its managed identity only (STATE_STORAGE_ACCOUNT_URL), so shared keys are disabled.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// The tables the bot uses (src/state/table.ts: <prefix> + nonces, pending, refs, outbox). The bot
// also creates them at start-up if missing; the role below allows that.
resource stateTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for suffix in [
    'nonces'
    'pending'
    'refs'
    'outbox'
  ]: {
    parent: tableService
    name: '${statePrefix}${suffix}'
  }
]

// Storage Table Data Contributor for the bot's identity, on the account.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  kind: 'linux'
  location: location
  name: resourceBaseName
  sku: {
    name: webAppSKU
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var requiredAppSettings = [
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppId'
    value: identity.properties.clientId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: identity.properties.tenantId
  }
  {
    name: 'STATE_STORAGE_ACCOUNT_URL'
    value: 'https://${storage.name}.table.${environment().suffixes.storage}'
  }
  {
    name: 'STATE_TABLE_PREFIX'
    value: statePrefix
  }
  {
    name: 'CONFIRMATION_SIGNING_KEY'
    value: confirmationSigningKey
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  {
    name: 'LOG_LEVEL'
    value: logLevel
  }
]

var optionalAppSettings = concat(
  empty(helpdeskContact) ? [] : [
    {
      name: 'HELPDESK_CONTACT'
      value: helpdeskContact
    }
  ],
  empty(securityContact) ? [] : [
    {
      name: 'SECURITY_CONTACT'
      value: securityContact
    }
  ],
  empty(ssprUrl) ? [] : [
    {
      name: 'SSPR_URL'
      value: ssprUrl
    }
  ],
  empty(helpdeskGroupId) ? [] : [
    {
      name: 'HELPDESK_GROUP_ID'
      value: helpdeskGroupId
    }
  ],
  empty(helpdeskPrivilegedGroupId) ? [] : [
    {
      name: 'HELPDESK_PRIVILEGED_GROUP_ID'
      value: helpdeskPrivilegedGroupId
    }
  ],
  empty(helpdeskTeamsAppId) ? [] : [
    {
      name: 'HELPDESK_TEAMS_APP_ID'
      value: helpdeskTeamsAppId
    }
  ]
)

var extraAppSettingsList = [for item in items(extraAppSettings): {
  name: item.key
  value: item.value
}]

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  kind: 'app,linux'
  location: location
  name: resourceBaseName
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      // What `npm start` runs after its build (package.json "start"); deploy ships the built dist/.
      appCommandLine: 'node --max-semi-space-size=16 --disable-warning=DEP0111 dist/src/index.js'
      healthCheckPath: '/healthz'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: concat(requiredAppSettings, optionalAppSettings, extraAppSettingsList)
    }
  }
  dependsOn: [
    tableDataContributor
  ]
}

// The Web App's HTTP, console (the bot's JSON log lines) and platform logs to Log Analytics.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'webapp-to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

// The Azure Bot: its Microsoft App ID is the identity's client id.
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    botServiceName: resourceBaseName
    botDisplayName: botDisplayName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
    logAnalyticsWorkspaceId: logAnalytics.id
  }
}

// Alerts (README "Deploy to Azure" → "Alerts" says what each means and what to do).
resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: '${resourceBaseName}-alerts'
  location: 'global'
  properties: {
    groupShortName: 'mfareset'
    enabled: true
    emailReceivers: [
      {
        name: 'operator'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var alertActions = empty(alertEmail) ? [] : [
  {
    actionGroupId: actionGroup.id
  }
]

resource http5xxAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${resourceBaseName}-http-5xx'
  location: 'global'
  properties: {
    description: 'The bot answered 5 or more requests with a 5xx in 15 minutes (Teams retries, users see no reply).'
    severity: 2
    enabled: true
    scopes: [
      webApp.id
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'http5xx'
          metricName: 'Http5xx'
          operator: 'GreaterThanOrEqual'
          threshold: 5
          timeAggregation: 'Total'
          criterionType: 'StaticThresholdCriterion'
        }
      ]
    }
    actions: alertActions
  }
}

resource healthAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${resourceBaseName}-health'
  location: 'global'
  properties: {
    description: 'An instance failed its /healthz probe (average health below 100% for 10 minutes).'
    severity: 1
    enabled: true
    scopes: [
      webApp.id
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT10M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'health'
          metricName: 'HealthCheckStatus'
          operator: 'LessThan'
          threshold: 100
          timeAggregation: 'Average'
          criterionType: 'StaticThresholdCriterion'
        }
      ]
    }
    actions: alertActions
  }
}

// Log alerts on the bot's own metrics (README "Observability": mfa.graph.throttled, mfa.resets,
// mfa.ticket_outbox.depth in customMetrics).
var logAlerts = [
  {
    name: 'graph-throttled'
    description: 'Microsoft Graph throttled the bot (HTTP 429 or 503) 20 or more times in 15 minutes.'
    severity: 3
    window: 'PT15M'
    frequency: 'PT5M'
    query: 'customMetrics | where name == "mfa.graph.throttled" | summarize n = sum(valueSum) by bin(timestamp, 5m)'
    aggregation: 'Total'
    threshold: 20
  }
  {
    name: 'resets-not-completed'
    description: '3 or more resets in an hour did not complete (partial, failed, list failed or state store unavailable).'
    severity: 2
    window: 'PT1H'
    frequency: 'PT15M'
    query: 'customMetrics | where name == "mfa.resets" and tostring(customDimensions.outcome) != "completed" | summarize n = sum(valueSum) by bin(timestamp, 5m)'
    aggregation: 'Total'
    threshold: 3
  }
  {
    name: 'ticket-outbox-depth'
    description: '20 or more ticket notes waiting for delivery (the ticket system is down or refusing the bot).'
    severity: 3
    window: 'PT1H'
    frequency: 'PT15M'
    query: 'customMetrics | where name == "mfa.ticket_outbox.depth" | summarize n = sum(valueMax) by bin(timestamp, 5m)'
    aggregation: 'Maximum'
    threshold: 20
  }
]

resource logAlertRules 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = [
  for alert in logAlerts: {
    name: '${resourceBaseName}-${alert.name}'
    location: location
    properties: {
      description: alert.description
      severity: alert.severity
      enabled: true
      scopes: [
        appInsights.id
      ]
      evaluationFrequency: alert.frequency
      windowSize: alert.window
      criteria: {
        allOf: [
          {
            query: alert.query
            timeAggregation: alert.aggregation
            metricMeasureColumn: 'n'
            operator: 'GreaterThanOrEqual'
            threshold: alert.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: empty(alertEmail) ? [] : [
          actionGroup.id
        ]
      }
    }
  }
]

// Written to env/.env.<environment> by the Agents Toolkit (m365agents.yml).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output BOT_IDENTITY_RESOURCE_ID string = identity.id
output STATE_STORAGE_ACCOUNT_RESOURCE_ID string = storage.id
output APPLICATION_INSIGHTS_RESOURCE_ID string = appInsights.id
