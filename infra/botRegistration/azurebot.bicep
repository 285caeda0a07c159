// The Azure Bot registration: a user-assigned managed identity as the bot's Microsoft App ID
// (no app password anywhere), the Microsoft Teams channel, and its logs sent to Log Analytics.
// Kept a separate module as in the Agents Toolkit templates (the bot lives in location 'global').

@maxLength(42)
param botServiceName string

param botDisplayName string

@description('Client id of the user-assigned managed identity: the bot\'s Microsoft App ID.')
param identityClientId string

@description('Resource id of the user-assigned managed identity.')
param identityResourceId string

@description('Tenant of the user-assigned managed identity.')
param identityTenantId string

@description('Host name of the Web App, without https://.')
param botAppDomain string

@description('Resource id of the Log Analytics workspace that receives the bot\'s diagnostic logs.')
param logAnalyticsWorkspaceId string

@allowed([
  'F0'
  'S1'
])
param botServiceSku string = 'F0'

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  location: 'global'
  name: botServiceName
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
    disableLocalAuth: false
  }
  sku: {
    name: botServiceSku
  }
}

resource botServiceMsTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

resource botDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'bot-to-log-analytics'
  scope: botService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
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

output BOT_SERVICE_RESOURCE_ID string = botService.id
