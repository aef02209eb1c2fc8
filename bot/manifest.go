package bot

import "encoding/json"

// Manifest returns the Slack app manifest for dealbot, as JSON: paste it at
// api.slack.com/apps → Create New App → From an app manifest. It turns Socket
// Mode on, declares the /deal command, the bot scopes commands,
// app_mentions:read, chat:write and im:history (and channels:read,
// groups:read, im:read and mpim:read, with which /deal watch checks that the
// bot is in the channel), the app_mention and message.im
// events, a bot user, the "Extract deal facts" message shortcut,
// interactivity (for it and for the buttons under answers) and the app
// home's Home tab (the latest deals, what to ask) and messages tab.
func Manifest() string {
	m := map[string]any{
		"_metadata": map[string]any{"major_version": 1, "minor_version": 1},
		"display_information": map[string]any{
			"name":             "dealbot",
			"description":      "Answers questions about cloud deals from the news.",
			"long_description": "dealbot answers questions about cloud deals — deal values, seats and market shares — from a local full-text index of news articles, and links to the articles each figure came from. Ask with /deal, mention @dealbot in a channel, or send it a direct message.",
			"background_color": "#1d3557",
		},
		"features": map[string]any{
			"app_home": map[string]any{
				"home_tab_enabled":               true,
				"messages_tab_enabled":           true,
				"messages_tab_read_only_enabled": false,
			},
			"bot_user": map[string]any{
				"display_name":  "dealbot",
				"always_online": true,
			},
			"shortcuts": []any{
				map[string]any{
					"name":        "Extract deal facts",
					"type":        "message",
					"callback_id": ShortcutCallbackID,
					"description": "Read the deal figures in the article the message links to",
				},
			},
			"slash_commands": []any{
				map[string]any{
					"command":       "/deal",
					"description":   "Ask about cloud deals: values, seats, market shares",
					"usage_hint":    "amazon microsoft | google cloud market share | help",
					"should_escape": false,
				},
			},
		},
		"oauth_config": map[string]any{
			"scopes": map[string]any{
				"bot": []string{"commands", "app_mentions:read", "chat:write", "im:history", "channels:read", "groups:read", "im:read", "mpim:read"},
			},
		},
		"settings": map[string]any{
			"event_subscriptions": map[string]any{
				"bot_events": []string{"app_home_opened", "app_mention", "message.im"},
			},
			"interactivity":          map[string]any{"is_enabled": true},
			"org_deploy_enabled":     false,
			"socket_mode_enabled":    true,
			"token_rotation_enabled": false,
		},
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic("bot: marshalling the app manifest: " + err.Error()) // cannot happen: only maps, strings and bools
	}
	return string(b) + "\n"
}
